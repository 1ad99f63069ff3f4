namespace AllianceBot.Prompts.Detection;

/// <summary>Everything a practitioner gave in one debrief. Every part is optional.</summary>
public sealed record DebriefInput
{
    public string Narrative { get; init; } = "";
    public SessionKind Kind { get; init; } = SessionKind.Ongoing;
    public AllianceRatings? Ratings { get; init; }
    /// <summary>The same client's ratings in the previous debrief, to notice a drop.</summary>
    public AllianceRatings? PreviousRatings { get; init; }
    /// <summary>Standard items the practitioner says they did, e.g. "P4", "P5", "P8".</summary>
    public IReadOnlyList<string> StandardItemsDone { get; init; } = [];
    /// <summary>Warning-sign codes the practitioner ticked in the boundary scan.</summary>
    public IReadOnlyList<string> SelfReportedSigns { get; init; } = [];
    public IReadOnlyList<string> Reflections { get; init; } = [];
    public string? NextSteps { get; init; }
}
