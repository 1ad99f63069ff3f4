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
        var alternatives = patterns.Select((p, i) => $@"(?<p{i}>(?<![\w'$])(?:{PatternTemplate.Expand(p.Template)})(?![\w]))");
        // Interpreted on purpose: RegexOptions.Compiled cost seconds of JIT at start-up for these
        // large alternations and bought little on clause-sized inputs.
        return new Regex(string.Join("|", alternatives),
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
    }
}

internal sealed record CompiledRule(string Code, DetectionPattern[] Patterns, Regex Regex)
{
    public DetectionPattern PatternOf(Match m)
    {
        for (var i = 0; i < Patterns.Length; i++)
            if (m.Groups[$"p{i}"].Success) return Patterns[i];
        return Patterns[0];
    }
}
