using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// The detection rules the engine runs: Knowledge/Data/detection-rules.json as embedded in the build,
/// read and checked once per process on first use (<see cref="KnowledgeBaseLoader.LoadEmbedded"/>
/// touches it, so a broken file stops the engine at start). The patterns only say what was described,
/// never whether it happened: that is <see cref="ScopeAnalyzer"/>'s part, with scope-cues.json.
/// </summary>
internal static class DetectionRules
{
    // A broken file throws KnowledgeBaseException from every access, not a TypeInitializationException.
    private static readonly Lazy<DetectionRuleSet> Loaded = new(() => DetectionRuleSet.Parse(DetectionRuleSet.FileName, KnowledgeData.Read(DetectionRuleSet.FileName)));

    public static DetectionRuleSet Embedded => Loaded.Value;

    /// <summary>Warning signs, violations and alliance concerns.</summary>
    public static IReadOnlyDictionary<string, DetectionPattern[]> Concerns => Embedded.Concerns;

    /// <summary>Things that went well, read with the same scope rules (a negated strength is not praised).</summary>
    public static IReadOnlyDictionary<string, DetectionPattern[]> Strengths => Embedded.Strengths;
}
