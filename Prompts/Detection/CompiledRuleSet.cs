namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Every code's <see cref="CompiledRule"/>, plus the <see cref="KeywordPrefilter"/> derived from
/// those same rules. Built once; everything in it is immutable or thread-safe.
/// </summary>
internal sealed class CompiledRuleSet
{
    public CompiledRuleSet(IReadOnlyDictionary<string, DetectionPattern[]> rules)
        : this(rules, Lexicon.Embedded)
    {
    }

    /// <param name="lexicon">The word groups the rules' {NAME}s refer to: those of the file the rules came from.</param>
    public CompiledRuleSet(IReadOnlyDictionary<string, DetectionPattern[]> rules, Lexicon lexicon)
    {
        Rules = rules.Select(kv => new CompiledRule(kv.Key, kv.Value, lexicon)).ToList();
        Prefilter = new KeywordPrefilter(Rules);
    }

    public IReadOnlyList<CompiledRule> Rules { get; }

    /// <summary>Which rules, and which of their patterns, can match a given clause; index-aligned with <see cref="Rules"/>.</summary>
    public KeywordPrefilter Prefilter { get; }
}
