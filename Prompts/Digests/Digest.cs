using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>One supervisor's digest for one period; the JSON form is this record as serialized by <see cref="DigestJson"/>.</summary>
public sealed record Digest(
    int SchemaVersion,
    string SupervisorId,
    string SupervisorName,
    DigestPeriod Period,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<PractitionerDigest> Practitioners,
    IReadOnlyList<AgendaItem> Agenda)
{
    public const int CurrentSchemaVersion = 1;

    public int DebriefCount => Practitioners.Sum(p => p.DebriefCount);
    public int ViolationCount => Practitioners.Sum(p => p.Findings.Count(f => f.Severity == Severity.Violation));
    public int WarningCount => Practitioners.Sum(p => p.Findings.Count(f => f.Severity == Severity.Warning));
}

public sealed record PractitionerDigest(
    string PractitionerId,
    string Name,
    int DebriefCount,
    int PreviousDebriefCount,
    RatingTrend Goals,
    RatingTrend Tasks,
    RatingTrend Bond,
    IReadOnlyList<DigestFindingRef> Findings,
    IReadOnlyList<FollowUpGap> UnclearFollowUps,
    IReadOnlyList<RatingPoint> Series);

public enum TrendDirection
{
    /// <summary>No ratings in this period.</summary>
    None,
    /// <summary>Ratings now, none in the previous period to compare with.</summary>
    New,
    Up,
    Steady,
    Down,
}

public sealed record RatingTrend(double? Average, double? PreviousAverage, TrendDirection Direction);

/// <summary>A finding with where to read more: the debrief id and the summary's archive path.</summary>
public sealed record DigestFindingRef(
    string Code,
    Severity Severity,
    string Evidence,
    string DebriefId,
    DateOnly Date,
    string ArchivePath);

public sealed record FollowUpGap(string DebriefId, DateOnly Date, string Reason, string ArchivePath);

public sealed record AgendaItem(string Text, string PractitionerName, Severity Severity, IReadOnlyList<string> Codes);

/// <summary>Average ratings of one day's debriefs (previous and current period), for the chart.</summary>
public sealed record RatingPoint(DateOnly Date, double? Goals, double? Tasks, double? Bond);
