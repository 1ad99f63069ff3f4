using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// What a digest needs from one archived debrief: a projection, so composition does not depend on
/// the full debrief record's shape. <see cref="ArchivePath"/> is the summary a supervisor can open.
/// </summary>
public sealed record DigestDebrief(
    string DebriefId,
    string PractitionerId,
    DateOnly Date,
    string ArchivePath,
    AllianceRatings Ratings,
    IReadOnlyList<DigestFinding> Findings,
    string? NextSteps,
    string? ClientCode = null);

public sealed record DigestFinding(string Code, Severity Severity, string Evidence);
