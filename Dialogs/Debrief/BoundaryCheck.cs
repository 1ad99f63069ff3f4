using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The boundary check between the engine and the practitioner: the warning signs the narrative shows
/// come ticked, and what the practitioner unticks is a rejected detection. A rejected detection stays
/// in the record (marked) but no longer speaks: no prompt, no violation message, no alert.
/// </summary>
public static class BoundaryCheck
{
    /// <summary>The warning-sign and violation codes the engine found in the free text, in the order of the check.</summary>
    public static List<string> Detected(DebriefAnalysis analysis, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(knowledge);
        var found = analysis.Findings.Where(f => f.Source == FindingSource.Detected).Select(f => f.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return knowledge.WarningSigns.Select(s => s.Code).Where(found.Contains).ToList();
    }

    /// <summary>The analysis as the practitioner confirmed it: detected findings of rejected codes, and the prompts that rest only on them, removed.</summary>
    public static DebriefAnalysis WithoutRejected(DebriefAnalysis analysis, IReadOnlyCollection<string> rejected)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(rejected);
        if (rejected.Count == 0)
        {
            return analysis;
        }
        var gone = rejected.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var findings = analysis.Findings.Where(f => !(f.Source == FindingSource.Detected && gone.Contains(f.Code))).ToList();
        var left = findings.Select(f => f.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var prompts = analysis.Prompts.Where(p => !gone.Contains(p.Code) || left.Contains(p.Code)).ToList();
        return analysis with { Findings = findings, Prompts = prompts };
    }
}
