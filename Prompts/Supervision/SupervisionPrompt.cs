namespace AllianceBot.Prompts.Supervision;

/// <summary>One supervision-style line shown to the practitioner, always tied to the code it rests on.</summary>
public sealed record SupervisionPrompt(string Code, string Text, PromptKind Kind);
