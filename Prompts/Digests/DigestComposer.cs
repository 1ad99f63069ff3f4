using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// Turns archived debriefs into a supervisor's digest. Pure and deterministic: the same input gives
/// the same digest, whatever order the archive listed the debriefs in.
/// </summary>
public static class DigestComposer
{
    /// <summary>An average must move this much (on the 1-5 scale) to count as up or down.</summary>
    public const double TrendThreshold = 0.5;

    public const string FollowUpCode = "AC-FOLLOWUP";

    private const int MaxAgendaItems = 8;

    public static Digest Compose(DigestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var period = input.Period;
        var previous = period.Previous();
        var practitioners = input.Practitioners
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => ComposePractitioner(p, input.Debriefs.Where(d => d.PractitionerId == p.Id).ToList(), period, previous))
            .ToList();
        return new Digest(Digest.CurrentSchemaVersion, input.SupervisorId, input.SupervisorName, period,
            input.GeneratedAt, practitioners, Agenda(practitioners));
    }

    private static PractitionerDigest ComposePractitioner(DigestPractitioner who, List<DigestDebrief> debriefs,
        DigestPeriod period, DigestPeriod previous)
    {
        var now = Ordered(debriefs.Where(d => period.Contains(d.Date)));
        var before = Ordered(debriefs.Where(d => previous.Contains(d.Date)));
        var findings = now
            .SelectMany(d => d.Findings
                .Where(f => f.Severity >= Severity.Warning && f.Code != FollowUpCode)
                .Select(f => new DigestFindingRef(f.Code, f.Severity, f.Evidence, d.DebriefId, d.Date, d.ArchivePath)))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Date)
            .ThenBy(f => f.DebriefId, StringComparer.Ordinal)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
        return new PractitionerDigest(who.Id, who.Name, now.Count, before.Count,
            Trend(now, before, r => r.Goals), Trend(now, before, r => r.Tasks), Trend(now, before, r => r.Bond),
            findings, FollowUps(now), Series(before.Concat(now), previous.Start, period.End));
    }

    private static List<DigestDebrief> Ordered(IEnumerable<DigestDebrief> debriefs)
        => debriefs.OrderBy(d => d.Date).ThenBy(d => d.DebriefId, StringComparer.Ordinal).ToList();

    private static RatingTrend Trend(List<DigestDebrief> now, List<DigestDebrief> before, Func<AllianceRatings, int?> pick)
    {
        var current = Average(now.Select(d => pick(d.Ratings)));
        var earlier = Average(before.Select(d => pick(d.Ratings)));
        var direction = (current, earlier) switch
        {
            (null, _) => TrendDirection.None,
            (_, null) => TrendDirection.New,
            var (c, e) when c - e >= TrendThreshold => TrendDirection.Up,
            var (c, e) when e - c >= TrendThreshold => TrendDirection.Down,
            _ => TrendDirection.Steady,
        };
        return new RatingTrend(current, earlier, direction);
    }

    private static double? Average(IEnumerable<int?> ratings)
    {
        // Out-of-range ratings are treated as missing, as the engine does.
        var valid = ratings.Where(r => r is >= 1 and <= 5).Select(r => (double)r!.Value).ToList();
        return valid.Count == 0 ? null : Math.Round(valid.Average(), 2, MidpointRounding.AwayFromZero);
    }

    private static List<FollowUpGap> FollowUps(List<DigestDebrief> debriefs)
    {
        var gaps = new List<FollowUpGap>();
        foreach (var d in debriefs)
        {
            var flagged = d.Findings.FirstOrDefault(f => f.Code == FollowUpCode);
            if (string.IsNullOrWhiteSpace(d.NextSteps))
            {
                gaps.Add(new FollowUpGap(d.DebriefId, d.Date, DigestCopy.NoFollowUpSteps, d.ArchivePath));
            }
            else if (flagged is not null)
            {
                gaps.Add(new FollowUpGap(d.DebriefId, d.Date, DigestCopy.UnclearFollowUp(flagged.Evidence), d.ArchivePath));
            }
        }
        return gaps;
    }

    private static List<RatingPoint> Series(IEnumerable<DigestDebrief> debriefs, DateOnly from, DateOnly to)
        => debriefs
            .Where(d => d.Date >= from && d.Date <= to)
            .GroupBy(d => d.Date)
            .OrderBy(g => g.Key)
            .Select(g => new RatingPoint(g.Key,
                Average(g.Select(d => d.Ratings.Goals)), Average(g.Select(d => d.Ratings.Tasks)), Average(g.Select(d => d.Ratings.Bond))))
            .Where(p => p.Goals is not null || p.Tasks is not null || p.Bond is not null)
            .ToList();

    /// <summary>
    /// Violations first (all of them, never capped), then warning signs, falling self-ratings,
    /// missing follow-ups and silent practitioners; one item per practitioner and concern.
    /// </summary>
    private static List<AgendaItem> Agenda(List<PractitionerDigest> practitioners)
    {
        var byCode = practitioners
            .SelectMany(p => p.Findings.GroupBy(f => f.Code).Select(g => (
                Practitioner: p,
                Code: g.Key,
                Severity: g.Max(f => f.Severity),
                Times: g.Select(f => f.DebriefId).Distinct().Count())))
            .OrderByDescending(x => x.Severity)
            .ThenByDescending(x => x.Times)
            .ThenBy(x => x.Practitioner.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Code, StringComparer.Ordinal)
            .Select(x => new AgendaItem(DigestCopy.AgendaFor(x.Code, x.Practitioner.Name, x.Times), x.Practitioner.Name, x.Severity, [x.Code]));
        var falling = practitioners
            .Select(p => (p, parts: FallingParts(p)))
            .Where(x => x.parts.Count > 0)
            .Select(x => new AgendaItem(DigestCopy.AgendaFalling(x.p.Name, x.parts), x.p.Name, Severity.Warning, []));
        var followUps = practitioners
            .Where(p => p.UnclearFollowUps.Count > 0)
            .Select(p => new AgendaItem(DigestCopy.AgendaFollowUps(p.Name, p.UnclearFollowUps.Count), p.Name, Severity.Note, [FollowUpCode]));
        var silent = practitioners
            .Where(p => p.DebriefCount == 0 && p.PreviousDebriefCount > 0)
            .Select(p => new AgendaItem(DigestCopy.AgendaSilent(p.Name, p.PreviousDebriefCount), p.Name, Severity.Note, []));

        var all = byCode.Concat(falling).Concat(followUps).Concat(silent).ToList();
        var violations = all.Count(a => a.Severity == Severity.Violation);
        return all.Take(Math.Max(violations, MaxAgendaItems)).ToList();
    }

    private static List<string> FallingParts(PractitionerDigest p)
    {
        var parts = new List<string>();
        if (p.Goals.Direction == TrendDirection.Down) parts.Add(DigestCopy.Goals.ToLowerInvariant());
        if (p.Tasks.Direction == TrendDirection.Down) parts.Add(DigestCopy.Tasks.ToLowerInvariant());
        if (p.Bond.Direction == TrendDirection.Down) parts.Add(DigestCopy.Bond.ToLowerInvariant());
        return parts;
    }
}
