namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// What the supervisor is told when a practitioner reports imminent risk: who, when, the client code
/// when it happened in a debrief, and that the safety steps were shown. Never what was written.
/// </summary>
/// <param name="DebriefId">The debrief it happened in; null in a chat outside a debrief.</param>
/// <param name="RecordDate">Set once the debrief is saved (its session date), so the alert can open the record for review.</param>
public sealed record CrisisNotice(string PractitionerId, string? PractitionerName, string? ClientCode, DateTimeOffset At, bool InDebrief,
    string? DebriefId = null, DateOnly? RecordDate = null);
