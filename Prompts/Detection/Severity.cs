namespace AllianceBot.Prompts.Detection;

/// <summary>How urgently a finding needs attention. Ordered: a Violation outranks a Warning.</summary>
public enum Severity
{
    Note = 0,
    Warning = 1,
    Violation = 2,
}
