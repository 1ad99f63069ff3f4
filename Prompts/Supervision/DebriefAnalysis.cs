using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Supervision;

/// <summary>The offline engine's reading of one debrief.</summary>
public sealed record DebriefAnalysis(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<SupervisionPrompt> Prompts,
    IReadOnlyList<SupervisionPrompt> WentWell,
    IReadOnlyList<SupervisionPrompt> ReflectionQuestions)
{
    /// <summary>True when anything calls for a conversation with a supervisor now.</summary>
    public bool HasViolation => Findings.Any(f => f.Severity == Severity.Violation);

    /// <summary>True when the debrief reports imminent risk to someone (a finding with code CRISIS).</summary>
    public bool HasCrisis => Findings.Any(f => f.Severity == Severity.Crisis);

    public Severity? HighestSeverity => Findings.Count == 0 ? null : Findings.Max(f => f.Severity);
}
