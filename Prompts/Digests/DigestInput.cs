namespace AllianceBot.Prompts.Digests;

/// <summary>
/// Everything a digest is composed from. <see cref="Debriefs"/> holds the debriefs of the period and
/// of the one before (for trends); others are ignored.
/// </summary>
public sealed record DigestInput(
    string SupervisorId,
    string SupervisorName,
    DigestPeriod Period,
    IReadOnlyList<DigestPractitioner> Practitioners,
    IReadOnlyList<DigestDebrief> Debriefs,
    DateTimeOffset GeneratedAt);

public sealed record DigestPractitioner(string Id, string Name);
