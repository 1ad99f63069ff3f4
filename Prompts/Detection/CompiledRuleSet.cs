using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// One regular expression per code, with each pattern in a named group so a match can be traced
/// back to its pattern (and its agent and negation flags). Built once; Regex is thread-safe.
/// </summary>
internal sealed class CompiledRuleSet
{
    // Generous: the guard is against pathological input, and the first call also pays for JIT.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public CompiledRuleSet(IReadOnlyDictionary<string, DetectionPattern[]> rules)
    {
        Rules = rules.Select(kv => new CompiledRule(kv.Key, kv.Value, Build(kv.Value))).ToList();
        // Warm up once so the first real debrief does not pay the JIT cost inside its timeout.
        foreach (var rule in Rules)
            rule.Regex.IsMatch("i did not give her my number and we agreed goals today");
    }

    public IReadOnlyList<CompiledRule> Rules { get; }

    private static Regex Build(DetectionPattern[] patterns)
    {
        var alternatives = patterns.Select((p, i) => $@"(?<p{i}>(?<![\w'$])(?:{PatternTemplate.Expand(p.Template)})(?![\w]))");
        return new Regex(string.Join("|", alternatives),
            RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture, MatchTimeout);
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
