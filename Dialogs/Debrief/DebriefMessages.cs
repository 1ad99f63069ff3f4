using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>Messages composed from the engine's findings, with the wording from <see cref="DebriefCopy"/>.</summary>
public static class DebriefMessages
{
    /// <summary>The answer to the boundary scan: violations first and plainly, then yellow lights, then what the narrative showed.</summary>
    public static string Boundaries(DebriefAnalysis analysis, KnowledgeBase knowledge, string? supervisorName)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var signCodes = knowledge.WarningSigns.Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var boundary = analysis.Findings.Where(f => signCodes.Contains(f.Code) || f.Severity == Severity.Violation).ToList();
        var lines = new List<string>();
        var violations = Titles(boundary.Where(f => f.Severity == Severity.Violation), knowledge);
        if (violations.Count > 0)
        {
            lines.Add(DebriefCopy.Violation(violations, supervisorName));
        }
        var yellow = Titles(boundary.Where(f => f.Severity == Severity.Warning && f.Source == FindingSource.SelfReported), knowledge);
        if (yellow.Count > 0)
        {
            lines.Add(DebriefCopy.YellowLights(yellow));
        }
        var detected = Titles(boundary.Where(f => f.Severity == Severity.Warning && f.Source != FindingSource.SelfReported), knowledge);
        if (detected.Count > 0)
        {
            lines.Add(DebriefCopy.BoundariesDetected(detected));
        }
        return lines.Count == 0 ? DebriefCopy.BoundariesClear : string.Join("\n\n", lines);
    }

    /// <summary>
    /// The supervision prompts (at most four, each with its code) and what went well; led by the
    /// violation message when the boundary step has not said it yet (the quick card has no such step).
    /// </summary>
    public static string Feedback(DebriefAnalysis analysis, KnowledgeBase knowledge, string? supervisorName, bool repeatViolation)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var parts = new List<string>();
        if (analysis.HasViolation && repeatViolation)
        {
            parts.Add(DebriefCopy.Violation(Titles(analysis.Findings.Where(f => f.Severity == Severity.Violation), knowledge), supervisorName));
        }
        if (analysis.Prompts.Count > 0)
        {
            parts.Add(DebriefCopy.FeedbackTitle + "\n\n" + string.Join("\n", analysis.Prompts.Take(4).Select(p => DebriefCopy.Bullet(p.Text, p.Code))));
        }
        if (analysis.WentWell.Count > 0)
        {
            parts.Add(DebriefCopy.WentWellTitle + "\n\n" + string.Join("\n", analysis.WentWell.Select(p => DebriefCopy.Bullet(p.Text, p.Code))));
        }
        return parts.Count == 0 ? DebriefCopy.NothingNoticed : string.Join("\n\n", parts);
    }

    public static string Preview(DebriefDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var lines = new List<string>
        {
            DebriefCopy.PreviewIntro,
            DebriefCopy.PreviewHeader(draft),
            DebriefCopy.PreviewRatings(draft.Goals, draft.Tasks, draft.Bond),
            $"{DebriefCopy.PreviewNarrative}: {draft.Narrative}",
        };
        lines.AddRange((draft.Reflections ?? []).Where(r => r.Answer is not null).Select(r => $"{r.Question} {r.Answer}"));
        lines.Add($"{DebriefCopy.PreviewNextSteps}: {draft.NextSteps ?? DebriefCopy.PreviewNoNextSteps}");
        return string.Join("\n\n", lines);
    }

    /// <summary>"gifts of value (BV-GIFT)": the title without its "Violation:" or "Yellow light:" label, which the message already says.</summary>
    private static List<string> Titles(IEnumerable<Finding> findings, KnowledgeBase knowledge)
        => findings.Select(f => f.Code).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(code => $"{ShortTitle(knowledge.Find(code)?.Title ?? code)} ({code})").ToList();

    private static string ShortTitle(string title) => title.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 ? title[(colon + 2)..] : title;
}
