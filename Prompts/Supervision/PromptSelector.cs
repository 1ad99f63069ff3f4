using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Supervision;

/// <summary>
/// Chooses what to say after a debrief: at most four prompts, each tied to a finding's code (or to
/// a standard item the practitioner's own checklist shows as missing), violations first; what went
/// well; and one or two reflection questions from Johns, Gibbs or Egan matched to the debrief.
/// </summary>
internal sealed class PromptSelector(SupervisionCopy copy, KnowledgeBase kb)
{
    public const int MaxPrompts = 4;
    private const int MaxWentWell = 3;
    private const int GoodRating = 4;

    public IReadOnlyList<SupervisionPrompt> ChoosePrompts(DebriefInput input, IReadOnlyList<Finding> findings, IReadOnlyList<Strength> strengths)
    {
        var prompts = new List<SupervisionPrompt>();
        var byCode = findings
            .GroupBy(f => f.Code)
            .OrderByDescending(g => g.Max(f => f.Severity))
            .ThenBy(g => g.Min(f => f.Source))
            .ThenBy(g => findings.ToList().IndexOf(g.First()));
        foreach (var group in byCode)
        {
            if (prompts.Count == MaxPrompts) break;
            if (!copy.Findings.TryGetValue(group.Key, out var text)) continue;
            var violation = group.Max(f => f.Severity) == Severity.Violation;
            prompts.Add(violation || text.Question is null
                ? new SupervisionPrompt(group.Key, text.Observation ?? text.Question!, PromptKind.Observation)
                : new SupervisionPrompt(group.Key, text.Question, PromptKind.Question));
        }

        foreach (var gap in Gaps(input, strengths))
        {
            if (prompts.Count == MaxPrompts) break;
            if (prompts.Any(p => p.Code == gap)) continue;
            prompts.Add(new SupervisionPrompt(gap, copy.Gaps[gap], PromptKind.Question));
        }
        return prompts;
    }

    public IReadOnlyList<SupervisionPrompt> ChooseWentWell(DebriefInput input, IReadOnlyList<Finding> findings, IReadOnlyList<Strength> strengths)
    {
        var concerned = findings.Select(f => f.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var codes = new List<string>();
        // Detected strengths carry evidence, so they come before ticked checklist items.
        codes.AddRange(strengths.Select(s => s.Code));
        codes.AddRange((input.StandardItemsDone ?? []).Select(c => c.Trim().ToUpperInvariant()));

        var result = new List<SupervisionPrompt>();
        if (findings.Any(f => f.Source == FindingSource.SelfReported))
            result.Add(Acknowledge("BS-OVERVIEW"));
        foreach (var code in codes.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (result.Count == MaxWentWell) break;
            if (!copy.WentWell.ContainsKey(code) || !kb.Contains(code)) continue;
            if (ConflictsWithFinding(code, concerned)) continue;
            result.Add(Acknowledge(code));
        }
        if (result.Count < MaxWentWell && input.Ratings is { Goals: >= GoodRating, Tasks: >= GoodRating, Bond: >= GoodRating })
            result.Add(new SupervisionPrompt("WA-BORDIN", copy.WentWell["RATINGS"], PromptKind.Acknowledgement));
        return result.DistinctBy(p => p.Code).ToList();
    }

    public IReadOnlyList<SupervisionPrompt> ChooseReflectionQuestions(DebriefInput input, IReadOnlyList<Finding> findings)
    {
        var situation = findings.Any(f => f.Severity == Severity.Violation) ? "violation"
            : findings.Any(f => f.Code.StartsWith("BS-", StringComparison.Ordinal)) ? "boundary"
            : findings.Any(f => f.Source == FindingSource.Rating) && !findings.Any(f => f.Source == FindingSource.Detected) ? "rating"
            : findings.Count > 0 ? "alliance"
            : input.Kind == SessionKind.First ? "first"
            : "none";
        return copy.Reflection
            .Where(r => r.When.Contains(situation))
            .Take(2)
            .Select(r => new SupervisionPrompt(r.Code, r.Text, PromptKind.Question))
            .DefaultIfEmpty(new SupervisionPrompt(copy.Reflection[^1].Code, copy.Reflection[^1].Text, PromptKind.Question))
            .ToList();
    }

    private IEnumerable<string> Gaps(DebriefInput input, IReadOnlyList<Strength> strengths)
    {
        var done = (input.StandardItemsDone ?? []).Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Without the checklist we cannot tell "not done" from "not mentioned", so stay silent.
        if (done.Count == 0) return [];
        var shown = strengths.Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var gaps = new List<string>();
        if (input.Kind == SessionKind.First)
        {
            if (!done.Contains("P4") && !shown.Contains("P4")) gaps.Add("P4");
            if (!done.Contains("P5") && !shown.Contains("P5")) gaps.Add("P5");
        }
        if (!done.Contains("P8") && !shown.Contains("P8") && string.IsNullOrWhiteSpace(input.NextSteps)) gaps.Add("P8");
        return gaps;
    }

    // Do not praise follow-up in the same breath as flagging it.
    private static bool ConflictsWithFinding(string code, HashSet<string> concerned) => code switch
    {
        "P8" or "P9" => concerned.Contains("AC-FOLLOWUP"),
        "P4" => concerned.Contains("AC-TASKS"),
        "P5" or "WA-BORDIN" => concerned.Contains("AC-GOALS"),
        "WA-TRUST" => concerned.Contains("AC-BOND"),
        "P6" or "P6.2" => concerned.Contains("AC-RUSHED"),
        _ => false,
    };

    private SupervisionPrompt Acknowledge(string code) => new(code, copy.WentWell[code], PromptKind.Acknowledgement);
}
