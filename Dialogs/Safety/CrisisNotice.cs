namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// What the supervisor is told when a practitioner reports imminent risk: who, when, the client code
/// when it happened in a debrief, and that the safety steps were shown. Never what was written.
/// </summary>
public sealed record CrisisNotice(string PractitionerId, string? PractitionerName, string? ClientCode, DateTimeOffset At, bool InDebrief);
