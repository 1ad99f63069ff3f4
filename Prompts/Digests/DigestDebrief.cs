using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// What a digest needs from one archived debrief: a projection, so composition does not depend on
/// the full debrief record's shape. <see cref="ArchivePath"/> is the record a supervisor can open.
/// </summary>
public sealed record DigestDebrief(
    string DebriefId,
    string PractitionerId,
    DateOnly Date,
    string ArchivePath,
    AllianceRatings Ratings,
    IReadOnlyList<DigestFinding> Findings,
    string? NextSteps,
    string? ClientCode = null,
    string? BringToSupervision = null,
    DateTimeOffset? ConfirmedAt = null);

/// <param name="Confirmed">For a detection shown in the boundary check: kept (true) or unticked (false); null when not asked.</param>
public sealed record DigestFinding(string Code, Severity Severity, string Evidence, FindingSource Source = FindingSource.Detected, bool? Confirmed = null)
{
    public bool Rejected => Confirmed == false;
}
