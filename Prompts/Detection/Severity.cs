namespace AllianceBot.Prompts.Detection;

/// <summary>How urgently a finding needs attention. Ordered: a Violation outranks a Warning, and imminent risk outranks everything.</summary>
public enum Severity
{
    Note = 0,
    Warning = 1,
    Violation = 2,
    /// <summary>The text reports imminent risk to someone (code CRISIS): safety steps first.</summary>
    Crisis = 3,
}
