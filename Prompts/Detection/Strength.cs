namespace AllianceBot.Prompts.Detection;

/// <summary>Something the practitioner did well, tied to the standard item or theory it shows.</summary>
public sealed record Strength(string Code, string Evidence, string Field);
