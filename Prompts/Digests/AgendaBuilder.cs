using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// The suggested agenda for the next supervision meeting. Boundary items come first and are never
/// capped: every violation and warning sign, late entries and removals that record one. Then, up to
/// <see cref="DigestComposer.MaxOtherAgendaItems"/>: what practitioners want to bring, clients whose
/// alliance is falling, alliance concerns, falling self-ratings, unclear follow-ups, quiet practitioners.
/// Every item about a client names its code.
/// </summary>
internal static class AgendaBuilder
{
    public static List<AgendaItem> Build(List<PractitionerDigest> practitioners, List<FallingClient> falling, List<RecurringIssue> recurring,
        List<LateEntry> late, List<DigestRemoval> removed, IReadOnlyDictionary<string, string> names)
    {
        var weeks = recurring.ToDictionary(r => (r.PractitionerId, r.Code), r => r.Debriefs);
        var boundary = ByCode(practitioners, boundary: true, weeks).ToList();
        boundary.AddRange(late.Where(l => l.Highest >= Severity.Warning && l.Codes.Any(c => DigestComposer.IsBoundary(c, l.Highest!.Value)))
            .Select(l => new AgendaItem(DigestCopy.AgendaLate(l), l.PractitionerName, l.Highest!.Value, l.Codes) { ArchivePath = l.ArchivePath }));
        boundary.AddRange(removed.Select(r => new AgendaItem(DigestCopy.RemovedLine(r, names[r.PractitionerId]) + ".", names[r.PractitionerId],
            Severity.Violation, r.Codes)));

        var others = new List<AgendaItem>();
        others.AddRange(practitioners.SelectMany(p => p.WantsToBring.Select(w =>
            new AgendaItem(DigestCopy.AgendaWish(p.Name, w), p.Name, Severity.Note, []) { ArchivePath = w.ArchivePath })));
        others.AddRange(falling.Select(f => new AgendaItem(DigestCopy.AgendaFallingClient(f), f.PractitionerName, Severity.Warning, []) { ArchivePath = f.ArchivePath }));
        others.AddRange(ByCode(practitioners, boundary: false, weeks));
        others.AddRange(practitioners
            .Select(p => (p, parts: FallingParts(p)))
            .Where(x => x.parts.Count > 0)
            .Select(x => new AgendaItem(DigestCopy.AgendaFalling(x.p.Name, x.parts), x.p.Name, Severity.Warning, [])));
        others.AddRange(practitioners
            .Where(p => p.UnclearFollowUps.Count > 0)
            .Select(p => new AgendaItem(DigestCopy.AgendaFollowUps(p.Name, p.UnclearFollowUps.Count), p.Name, Severity.Note, [DigestComposer.FollowUpCode])));
        foreach (var p in practitioners)
        {
            if (p.DebriefCount == 0 && p.PreviousDebriefCount > 0)
            {
                others.Add(new AgendaItem(DigestCopy.AgendaSilent(p.Name, p.PreviousDebriefCount), p.Name, Severity.Note, []));
            }
            else if (p.Reasons.Any(r => r.StartsWith("no debrief", StringComparison.Ordinal)) && p.DaysSinceLastDebrief is { } days)
            {
                others.Add(new AgendaItem(DigestCopy.AgendaQuiet(p.Name, days), p.Name, Severity.Note, []));
            }
        }
        return [.. boundary, .. others.Take(DigestComposer.MaxOtherAgendaItems)];
    }

    /// <summary>One item per practitioner and code, with how many debriefs (over four weeks when it recurs) and which clients.</summary>
    private static IEnumerable<AgendaItem> ByCode(List<PractitionerDigest> practitioners, bool boundary, Dictionary<(string, string), int> weeks)
        => practitioners
            .SelectMany(p => p.Findings.Where(f => f.IsBoundary == boundary).GroupBy(f => f.Code, StringComparer.OrdinalIgnoreCase).Select(g => (
                Practitioner: p,
                Code: g.Key,
                Severity: g.Max(f => f.Severity),
                Times: weeks.TryGetValue((p.PractitionerId, g.Key), out var recurring) ? recurring : g.Select(f => f.DebriefId).Distinct().Count(),
                Clients: g.Select(f => f.ClientCode).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
                Latest: g.OrderBy(f => f.Date).ThenBy(f => f.DebriefId, StringComparer.Ordinal).Last())))
            .OrderByDescending(x => x.Severity)
            .ThenByDescending(x => x.Times)
            .ThenBy(x => x.Practitioner.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Code, StringComparer.Ordinal)
            .Select(x => new AgendaItem(DigestCopy.AgendaClients(DigestCopy.AgendaFor(x.Code, x.Practitioner.Name, x.Times), x.Clients),
                x.Practitioner.Name, x.Severity, [x.Code]) { ArchivePath = x.Latest.ArchivePath });

    private static List<string> FallingParts(PractitionerDigest p)
    {
        var parts = new List<string>();
        if (p.Goals.Direction == TrendDirection.Down) parts.Add(DigestCopy.Goals.ToLowerInvariant());
        if (p.Tasks.Direction == TrendDirection.Down) parts.Add(DigestCopy.Tasks.ToLowerInvariant());
        if (p.Bond.Direction == TrendDirection.Down) parts.Add(DigestCopy.Bond.ToLowerInvariant());
        return parts;
    }
}
