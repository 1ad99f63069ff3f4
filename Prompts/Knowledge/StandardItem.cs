namespace AllianceBot.Prompts.Knowledge;

/// <summary>
/// One performance item of standard 3.1 (P1-P9) with a plain-language question.
/// <see cref="FirstSession"/> marks items that matter most in a first session (P4, P5);
/// <see cref="Always"/> marks items to ask about after every session (P8).
/// </summary>
public sealed record StandardItem(string Code, string Title, string Question, bool FirstSession, bool Always);
