using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Knowledge;

/// <summary>
/// One item of the boundary scan: a yellow light (Warning) or a violation (Violation), with the
/// plain-language yes/no question the dialog asks.
/// </summary>
public sealed record WarningSign(string Code, string Title, string Question, Severity Severity);
