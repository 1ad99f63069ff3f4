using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// Turns archived debriefs into a supervisor's digest. Pure and deterministic: the same input gives
/// the same digest, whatever order the archive listed the debriefs in. A finding counts once per
/// debrief and code; a detection the practitioner unticked does not count at all.
/// </summary>
public static class DigestComposer
{
    /// <summary>An average must move this much (on the 1-5 scale) to count as up or down.</summary>
    public const double TrendThreshold = 0.5;

    public const string FollowUpCode = "AC-FOLLOWUP";

    /// <summary>The window for recurring issues and falling clients, ending with the period.</summary>
    public const int RecurringDays = 28;

    /// <summary>Agenda items other than boundary items (which are never capped).</summary>
    public const int MaxOtherAgendaItems = 8;

    public static bool IsBoundary(string code, Severity severity)
        => severity == Severity.Violation || code.StartsWith("BS-", StringComparison.Ordinal) || code.StartsWith("BV-", StringComparison.Ordinal);

    public static Digest Compose(DigestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var period = input.Period;
        var roster = input.Practitioners
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var names = roster.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var mine = input.Debriefs.Where(d => names.ContainsKey(d.PractitionerId)).ToList();
        var falling = roster.SelectMany(p => ClientAlliance.Falling(p, Of(mine, p), period)).ToList();
        var recurring = roster.SelectMany(p => ClientAlliance.Recurring(p, Of(mine, p), period)).ToList();
        var late = input.LateEntries.Where(d => names.ContainsKey(d.PractitionerId) && d.Date < period.Start)
            .OrderBy(d => names[d.PractitionerId], StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Date).ThenBy(d => d.DebriefId, StringComparer.Ordinal)
            .Select(d => ToLateEntry(d, names[d.PractitionerId])).ToList();
        var removed = input.Removed.Where(r => names.ContainsKey(r.PractitionerId))
            .OrderBy(r => r.At).ThenBy(r => r.DebriefId, StringComparer.Ordinal).ToList();

        var practitioners = roster.Select(p =>
        {
            var digest = ComposePractitioner(p, Of(mine, p), input);
            return PractitionerStatusRules.Apply(digest, falling.Where(f => f.PractitionerId == p.Id).ToList(),
                recurring.Where(r => r.PractitionerId == p.Id).ToList(), late.Where(l => l.PractitionerId == p.Id).ToList(),
                removed.Where(r => r.PractitionerId == p.Id).ToList(), input.QuietDays);
        }).ToList();

        return new Digest(Digest.CurrentSchemaVersion, input.SupervisorId, input.SupervisorName, period, input.GeneratedAt,
            practitioners, AgendaBuilder.Build(practitioners, falling, recurring, late, removed, names))
        {
            FallingClients = falling,
            Recurring = recurring,
            LateEntries = late,
            Removed = removed,
        };
    }

    /// <summary>The findings of one debrief that count: one per code, the detection's words where there is one.</summary>
    public static IEnumerable<DigestFindingRef> Counted(DigestDebrief debrief)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        return debrief.Findings
            .Where(f => f.Severity >= Severity.Warning && f.Code != FollowUpCode && !f.Rejected)
            .GroupBy(f => f.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => new DigestFindingRef(g.First().Code, g.Max(f => f.Severity), Evidence(g), debrief.DebriefId, debrief.Date, debrief.ArchivePath)
            {
                ClientCode = debrief.ClientCode,
                Status = Status(g),
            });
    }

    /// <summary>Detections the practitioner unticked, one per debrief and code.</summary>
    public static int Rejected(DigestDebrief debrief)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        return debrief.Findings.GroupBy(f => f.Code, StringComparer.OrdinalIgnoreCase).Count(g => g.All(f => f.Rejected));
    }

    private static List<DigestDebrief> Of(List<DigestDebrief> debriefs, DigestPractitioner practitioner)
        => debriefs.Where(d => d.PractitionerId == practitioner.Id).ToList();

    private static PractitionerDigest ComposePractitioner(DigestPractitioner who, List<DigestDebrief> debriefs, DigestInput input)
    {
        var period = input.Period;
        var previous = period.Previous();
        var now = Ordered(debriefs.Where(d => period.Contains(d.Date)));
        var before = Ordered(debriefs.Where(d => previous.Contains(d.Date)));
        var findings = now.SelectMany(Counted)
            .OrderByDescending(f => f.Severity)
            .ThenByDescending(f => f.IsBoundary)
            .ThenBy(f => f.Date)
            .ThenBy(f => f.DebriefId, StringComparer.Ordinal)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
        var last = new[] { who.LastDebrief, debriefs.Count == 0 ? null : debriefs.Max(d => d.Date) }.Max();
        var today = DateOnly.FromDateTime(input.GeneratedAt.UtcDateTime);
        var reference = today < period.End ? today : period.End;
        return new PractitionerDigest(who.Id, who.Name, now.Count, before.Count,
            Trend(now, before, r => r.Goals), Trend(now, before, r => r.Tasks), Trend(now, before, r => r.Bond),
            findings, FollowUps(now), Series(before.Concat(now), previous.Start, period.End))
        {
            WantsToBring = now.Where(d => !string.IsNullOrWhiteSpace(d.BringToSupervision))
                .Select(d => new SupervisionWish(d.DebriefId, d.Date, d.ClientCode, d.BringToSupervision!.Trim(), d.ArchivePath)).ToList(),
            LastDebrief = last,
            DaysSinceLastDebrief = last is { } l ? Math.Max(0, reference.DayNumber - l.DayNumber) : null,
            OpenAlerts = who.OpenAlerts,
            RejectedDetections = now.Sum(Rejected),
        };
    }

    private static FindingStatus Status(IEnumerable<DigestFinding> findings)
    {
        var list = findings.ToList();
        if (list.Any(f => f.Source == FindingSource.Detected && f.Confirmed == true)
            || (list.Any(f => f.Source == FindingSource.Detected) && list.Any(f => f.Source == FindingSource.SelfReported)))
        {
            return FindingStatus.Confirmed;
        }
        if (list.Any(f => f.Source == FindingSource.SelfReported))
        {
            return FindingStatus.SelfReported;
        }
        return list.All(f => f.Source == FindingSource.Rating) ? FindingStatus.Rating : FindingStatus.Detected;
    }

    // The practitioner's own words say most; "ticked in the boundary scan" only when there is nothing else.
    private static string Evidence(IEnumerable<DigestFinding> findings)
        => findings.OrderBy(f => f.Source switch
        {
            FindingSource.Detected => 0,
            FindingSource.Model => 1,
            FindingSource.Rating => 2,
            _ => 3,
        }).First().Evidence;

    private static LateEntry ToLateEntry(DigestDebrief d, string name)
    {
        var counted = Counted(d).ToList();
        return new LateEntry(d.PractitionerId, name, d.DebriefId, d.Date, d.ConfirmedAt, d.ClientCode, d.ArchivePath,
            counted.OrderByDescending(f => f.Severity).Select(f => f.Code).ToList(), counted.Count == 0 ? null : counted.Max(f => f.Severity));
    }

    internal static List<DigestDebrief> Ordered(IEnumerable<DigestDebrief> debriefs)
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
}
