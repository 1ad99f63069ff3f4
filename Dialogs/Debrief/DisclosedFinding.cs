namespace AllianceBot.Dialogs.Debrief;

/// <summary>A serious concern the practitioner was told about during a debrief: its code and the (masked) words it rests on.</summary>
public sealed record DisclosedFinding(string Code, string Evidence);
