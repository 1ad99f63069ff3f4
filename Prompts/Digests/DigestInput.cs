namespace AllianceBot.Prompts.Digests;

/// <summary>
/// Everything a digest is composed from. <see cref="Debriefs"/> holds the debriefs dated in the
/// last <see cref="DigestComposer.RecurringDays"/> days up to the period's end and in the previous
/// period (for trends and recurring issues); others are ignored.
/// </summary>
public sealed record DigestInput(
    string SupervisorId,
    string SupervisorName,
    DigestPeriod Period,
    IReadOnlyList<DigestPractitioner> Practitioners,
    IReadOnlyList<DigestDebrief> Debriefs,
    DateTimeOffset GeneratedAt)
{
    /// <summary>Debriefs dated before the period but confirmed during it: no scheduled digest showed them.</summary>
    public IReadOnlyList<DigestDebrief> LateEntries { get; init; } = [];

    /// <summary>Debriefs removed from the record during the period (deleted, or discarded or expired after a violation was disclosed).</summary>
    public IReadOnlyList<DigestRemoval> Removed { get; init; } = [];

    /// <summary>A practitioner with no debrief for this many days is named.</summary>
    public int QuietDays { get; init; } = 14;
}

/// <param name="LastDebrief">The date of the practitioner's latest debrief ever (from the archive's index), when known.</param>
/// <param name="OpenAlerts">Alerts about this practitioner the supervisor has not acknowledged yet.</param>
public sealed record DigestPractitioner(string Id, string Name, DateOnly? LastDebrief = null, int OpenAlerts = 0);

/// <summary>The tombstone of a removed debrief as the digest shows it: what, who, when; no text.</summary>
/// <param name="Discarded">A draft that went before it was confirmed (discarded, or expired when <paramref name="Expired"/>), not a deleted record.</param>
/// <param name="Expired">The draft was left unfinished until its lifetime ran out; nobody discarded it.</param>
public sealed record DigestRemoval(
    string PractitionerId,
    string DebriefId,
    string? ClientCode,
    DateOnly? Date,
    IReadOnlyList<string> Codes,
    bool Discarded,
    string By,
    string? RequestedBy,
    DateTimeOffset At,
    bool Expired = false);
