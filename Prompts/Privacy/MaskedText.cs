namespace AllianceBot.Prompts.Privacy;

/// <summary>Text with identifiers replaced by readable masks such as [email]; Count is how many were replaced.</summary>
public sealed record MaskedText(string Text, int Count);
