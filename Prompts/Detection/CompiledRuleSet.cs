using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// One regular expression per code, with each pattern in a named group so a match can be traced
/// back to its pattern (and its agent and negation flags). Built once; Regex is thread-safe.
/// </summary>
internal sealed class CompiledRuleSet
{
    // A guard against pathological input only; normal clauses match in microseconds.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    public CompiledRuleSet(IReadOnlyDictionary<string, DetectionPattern[]> rules)
    {
        Rules = rules.Select(kv => new CompiledRule(kv.Key, kv.Value, Build(kv.Value))).ToList();
    }

    public IReadOnlyList<CompiledRule> Rules { get; }

    private static Regex Build(DetectionPattern[] patterns)
    {
        // One word-start check in front of all alternatives: mid-word positions are rejected once
        // instead of once per pattern, which is most of the scanning cost.
        var alternatives = patterns.Select((p, i) => $@"(?<p{i}>(?:{PatternTemplate.Expand(p.Template)})(?![\w]))");
        // Interpreted on purpose: RegexOptions.Compiled cost seconds of JIT at start-up for these
        // large alternations and bought little on clause-sized inputs.
        return new Regex(@"(?<![\w'$])(?:" + string.Join("|", alternatives) + ")",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
    }
}

internal sealed record CompiledRule(string Code, DetectionPattern[] Patterns, Regex Regex)
{
    private readonly Dictionary<string, Regex> _sentenceChecks = Patterns
        .Where(p => p.SentenceMustContain is not null)
        .Select(p => p.SentenceMustContain!)
        .Distinct()
        .ToDictionary(t => t, t => new Regex($@"(?<![\w'])(?:{PatternTemplate.Expand(t)})(?![\w])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromMilliseconds(500)));

    /// <param name="sentence">Built only when the pattern needs it: most patterns have no sentence condition.</param>
    public bool SentenceAllows(DetectionPattern pattern, Func<string> sentence) =>
        pattern.SentenceMustContain is null || _sentenceChecks[pattern.SentenceMustContain].IsMatch(sentence());

    // Group numbers resolved once: looking groups up by a freshly formatted name cost a string per pattern per match.
    private readonly int[] _groupNumbers = Enumerable.Range(0, Patterns.Length).Select(i => Regex.GroupNumberFromName($"p{i}")).ToArray();

    public DetectionPattern PatternOf(Match m)
    {
        for (var i = 0; i < _groupNumbers.Length; i++)
            if (m.Groups[_groupNumbers[i]].Success) return Patterns[i];
        return Patterns[0];
    }
}
