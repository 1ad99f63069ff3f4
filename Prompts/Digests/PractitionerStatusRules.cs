using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// The line per practitioner that opens a digest: needs attention, watch or fine, and why.
/// Needs attention: a violation, an alert not acknowledged, a boundary sign that keeps coming back,
/// a late entry or a removal that recorded a violation. Watch: any other boundary sign or alliance
/// concern, a client whose alliance is falling, unclear follow-up, no debrief for a while.
/// </summary>
internal static class PractitionerStatusRules
{
    public static PractitionerDigest Apply(PractitionerDigest p, List<FallingClient> falling, List<RecurringIssue> recurring,
        List<LateEntry> late, List<DigestRemoval> removed, int quietDays)
    {
        var attention = new List<string>();
        var watch = new List<string>();

        var violations = p.Findings.Where(f => f.Severity == Severity.Violation).ToList();
        if (violations.Count > 0)
        {
            attention.Add(DigestCopy.ReasonViolations(violations.Count, Clients(violations.Select(f => f.ClientCode))));
        }
        if (p.OpenAlerts > 0)
        {
            attention.Add(DigestCopy.ReasonOpenAlerts(p.OpenAlerts));
        }
        foreach (var issue in recurring)
        {
            (DigestComposer.IsBoundary(issue.Code, issue.Severity) ? attention : watch).Add(DigestCopy.ReasonRecurring(issue.Code, issue.Debriefs));
        }
        if (late.Any(l => l.Highest == Severity.Violation))
        {
            attention.Add(DigestCopy.ReasonLateViolation);
        }
        if (removed.Count > 0)
        {
            attention.Add(DigestCopy.ReasonRemoved(removed.Count));
        }

        var recurringCodes = recurring.Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in p.Findings.Where(f => f.Severity == Severity.Warning && !recurringCodes.Contains(f.Code)).GroupBy(f => f.Code, StringComparer.OrdinalIgnoreCase))
        {
            watch.Add(DigestCopy.ReasonFinding(group.Key, Clients(group.Select(f => f.ClientCode))));
        }
        foreach (var client in falling)
        {
            watch.Add(DigestCopy.ReasonFalling(client.ClientCode));
        }
        if (p.UnclearFollowUps.Count > 0)
        {
            watch.Add(DigestCopy.ReasonFollowUps(p.UnclearFollowUps.Count));
        }
        if (p.DaysSinceLastDebrief is null)
        {
            watch.Add(DigestCopy.ReasonNoDebriefYet);
        }
        else if (p.DaysSinceLastDebrief >= quietDays)
        {
            watch.Add(DigestCopy.ReasonQuiet(p.DaysSinceLastDebrief.Value));
        }
        if (late.Count > 0 && !late.Any(l => l.Highest == Severity.Violation))
        {
            watch.Add(DigestCopy.ReasonLate(late.Count));
        }

        var status = attention.Count > 0 ? PractitionerStatus.NeedsAttention : watch.Count > 0 ? PractitionerStatus.Watch : PractitionerStatus.Fine;
        var reasons = status == PractitionerStatus.Fine ? [DigestCopy.ReasonFine(p.DebriefCount)] : attention.Concat(watch).ToList();
        return p with { Status = status, Reasons = reasons };
    }

    private static List<string> Clients(IEnumerable<string?> codes)
        => codes.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
}
