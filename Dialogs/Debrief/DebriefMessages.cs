using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Messages composed from the engine's findings, with the wording from <see cref="DebriefCopy"/>.
/// The analysis passed in is the one the practitioner confirmed (<see cref="BoundaryCheck.WithoutRejected"/>).
/// Practitioners read plain words: no codes here.
/// </summary>
public static class DebriefMessages
{
    /// <summary>A phone screen holds two prompts and one thing that went well; the record keeps them all.</summary>
    public const int MaxPrompts = 2;
    public const int MaxWentWell = 1;

    /// <summary>The answer to the boundary check: violations first and plainly, then yellow lights.</summary>
    public static string Boundaries(DebriefAnalysis analysis, KnowledgeBase knowledge, string? supervisorName)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(knowledge);
        var signCodes = knowledge.WarningSigns.Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var boundary = analysis.Findings.Where(f => signCodes.Contains(f.Code) || f.Severity == Severity.Violation).ToList();
        var lines = new List<string>();
        var violations = Violations(analysis);
        if (violations.Count > 0)
        {
            lines.Add(DebriefCopy.Violation(Titles(violations, knowledge), supervisorName));
        }
        var yellow = Titles(boundary.Where(f => f.Severity == Severity.Warning).Select(f => f.Code), knowledge);
        if (yellow.Count > 0)
        {
            lines.Add(DebriefCopy.YellowLights(yellow));
        }
        return lines.Count == 0 ? DebriefCopy.BoundariesClear : string.Join("\n\n", lines);
    }

    /// <summary>What the practitioner is told is a violation, with the words it rests on (for the record of what was disclosed).</summary>
    public static IReadOnlyList<DisclosedFinding> Disclosures(DebriefAnalysis analysis, Func<string, string> mask)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(mask);
        return analysis.Findings.Where(f => f.Severity == Severity.Violation)
            .GroupBy(f => f.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => new DisclosedFinding(g.Key, mask(g.OrderBy(f => f.Source).First().Evidence)))
            .ToList();
    }

    /// <summary>
    /// A few supervision prompts and what went well; led by the violation message when the boundary
    /// step has not said it yet (the quick card has no such step).
    /// </summary>
    public static string Feedback(DebriefAnalysis analysis, KnowledgeBase knowledge, string? supervisorName, bool repeatViolation)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var parts = new List<string>();
        if (analysis.HasViolation && repeatViolation)
        {
            parts.Add(DebriefCopy.Violation(Titles(Violations(analysis), knowledge), supervisorName));
        }
        if (analysis.Prompts.Count > 0)
        {
            parts.Add(DebriefCopy.FeedbackTitle + "\n\n" + string.Join("\n", analysis.Prompts.Take(MaxPrompts).Select(p => DebriefCopy.Bullet(PlainWords.WithoutCodes(p.Text)))));
        }
        if (analysis.WentWell.Count > 0)
        {
            parts.Add($"{DebriefCopy.WentWellTitle} {string.Join(" ", analysis.WentWell.Take(MaxWentWell).Select(p => PlainWords.WithoutCodes(p.Text)))}");
        }
        return parts.Count == 0 ? DebriefCopy.NothingNoticed : string.Join("\n\n", parts);
    }

    public static string Preview(DebriefDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var lines = new List<string>
        {
            DebriefCopy.PreviewHeader(draft),
            DebriefCopy.PreviewRatings(draft.Goals, draft.Tasks, draft.Bond),
            $"{DebriefCopy.PreviewNarrative}: {draft.Narrative}",
        };
        lines.AddRange((draft.Reflections ?? []).Where(r => r.Answer is not null).Select(r => $"{r.Question} {r.Answer}"));
        lines.Add($"{DebriefCopy.PreviewNextSteps}: {draft.NextSteps ?? DebriefCopy.PreviewNoNextSteps}");
        if (!string.IsNullOrWhiteSpace(draft.BringToSupervision))
        {
            lines.Add($"{DebriefCopy.PreviewSupervision}: {draft.BringToSupervision}");
        }
        lines.Add(DebriefCopy.PreviewIntro);
        return string.Join("\n\n", lines);
    }

    private static List<string> Violations(DebriefAnalysis analysis)
        => analysis.Findings.Where(f => f.Severity == Severity.Violation).Select(f => f.Code).ToList();

    /// <summary>"gifts of value": the title without its "Violation:" or "Yellow light:" label, which the message already says.</summary>
    private static List<string> Titles(IEnumerable<string> codes, KnowledgeBase knowledge)
        => codes.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(code => ShortTitle(knowledge.Find(code)?.Title ?? code)).ToList();

    private static string ShortTitle(string title) => title.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 ? title[(colon + 2)..] : title;
}
