namespace AllianceBot.Dialogs.Debrief;

/// <summary>A reflection question the engine chose, and the practitioner's (masked) answer, if any.</summary>
public sealed record ReflectionAnswer(string Code, string Question, string? Answer);
