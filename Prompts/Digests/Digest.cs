using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// One supervisor's digest for one period, shaped to prepare a supervision meeting: a line per
/// practitioner (needs attention, watch or fine, and why), the agenda, clients whose alliance is
/// falling, recurring issues over four weeks, what practitioners want to bring, late entries and
/// removals. The JSON form is this record as serialized by <see cref="DigestJson"/>.
/// </summary>
public sealed record Digest(
    int SchemaVersion,
    string SupervisorId,
    string SupervisorName,
    DigestPeriod Period,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<PractitionerDigest> Practitioners,
    IReadOnlyList<AgendaItem> Agenda)
{
    /// <summary>2 added the status lines, client codes, falling clients, recurring issues, wishes, late entries and removals.</summary>
    public const int CurrentSchemaVersion = 2;

    public IReadOnlyList<FallingClient> FallingClients { get; init; } = [];
    public IReadOnlyList<RecurringIssue> Recurring { get; init; } = [];
    public IReadOnlyList<LateEntry> LateEntries { get; init; } = [];
    public IReadOnlyList<DigestRemoval> Removed { get; init; } = [];

    public int DebriefCount => Practitioners.Sum(p => p.DebriefCount);

    /// <summary>Violations, one per debrief and code.</summary>
    public int ViolationCount => Practitioners.Sum(p => p.Findings.Count(f => f.Severity == Severity.Violation));

    /// <summary>Boundary warning signs the practitioner ticked or confirmed, one per debrief and code.</summary>
    public int WarningCount => Practitioners.Sum(p => p.Findings.Count(f => f.Severity == Severity.Warning && f.IsBoundary && f.Status != FindingStatus.Detected));
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
    IReadOnlyList<RatingPoint> Series)
{
    public PractitionerStatus Status { get; init; } = PractitionerStatus.Fine;

    /// <summary>Why the status, in a few short phrases (the first is the weightiest).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>What the practitioner wants to bring to supervision, from this period's debriefs.</summary>
    public IReadOnlyList<SupervisionWish> WantsToBring { get; init; } = [];

    public DateOnly? LastDebrief { get; init; }

    /// <summary>Days from the last debrief to the period's end; null when there has never been one.</summary>
    public int? DaysSinceLastDebrief { get; init; }

    public int OpenAlerts { get; init; }

    /// <summary>Detections the practitioner unticked in the boundary check (shown in review, not counted here).</summary>
    public int RejectedDetections { get; init; }
}

public enum PractitionerStatus
{
    Fine,
    Watch,
    NeedsAttention,
}

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

/// <summary>How a finding stands after the boundary check.</summary>
public enum FindingStatus
{
    /// <summary>Found in the text and not asked about (the check skipped, an alliance concern, an older record).</summary>
    Detected,
    /// <summary>Found in the text and kept ticked by the practitioner.</summary>
    Confirmed,
    /// <summary>Ticked by the practitioner without being found in the text.</summary>
    SelfReported,
    /// <summary>From the ratings.</summary>
    Rating,
}

/// <summary>A finding (one per debrief and code) with where to read more: the debrief id, the client and the record's archive path.</summary>
public sealed record DigestFindingRef(
    string Code,
    Severity Severity,
    string Evidence,
    string DebriefId,
    DateOnly Date,
    string ArchivePath)
{
    public string? ClientCode { get; init; }
    public FindingStatus Status { get; init; } = FindingStatus.Detected;

    /// <summary>A boundary warning sign or violation (never capped anywhere).</summary>
    public bool IsBoundary => DigestComposer.IsBoundary(Code, Severity);
}

public sealed record FollowUpGap(string DebriefId, DateOnly Date, string Reason, string ArchivePath);

public sealed record AgendaItem(string Text, string PractitionerName, Severity Severity, IReadOnlyList<string> Codes)
{
    /// <summary>Where to read more, for a Review button; null for items about a practitioner rather than a debrief.</summary>
    public string? ArchivePath { get; init; }
}

/// <summary>Average ratings of one day's debriefs (previous and current period), for the chart.</summary>
public sealed record RatingPoint(DateOnly Date, double? Goals, double? Tasks, double? Bond);

/// <summary>A client whose self-rated alliance fell, with the client's last ratings, oldest first.</summary>
public sealed record FallingClient(string PractitionerId, string PractitionerName, string ClientCode, IReadOnlyList<ClientRating> Ratings, string Line)
{
    public string ArchivePath => Ratings[^1].ArchivePath;
}

public sealed record ClientRating(DateOnly Date, string DebriefId, string ArchivePath, int? Goals, int? Tasks, int? Bond);

/// <summary>A code that came back in two or more debriefs of one practitioner over the last four weeks.</summary>
public sealed record RecurringIssue(string PractitionerId, string PractitionerName, string Code, Severity Severity, int Debriefs,
    IReadOnlyList<string> ClientCodes, DateOnly First, DateOnly Last, string Line);

/// <summary>"What I want to bring to supervision", as the practitioner wrote it (masked).</summary>
public sealed record SupervisionWish(string DebriefId, DateOnly Date, string? ClientCode, string Text, string ArchivePath);

/// <summary>A debrief dated before the period but confirmed in it: no scheduled digest showed it.</summary>
public sealed record LateEntry(string PractitionerId, string PractitionerName, string DebriefId, DateOnly Date, DateTimeOffset? ConfirmedAt,
    string? ClientCode, string ArchivePath, IReadOnlyList<string> Codes, Severity? Highest);
