using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// One code's patterns as one regular expression, each pattern in a named group so a match can be
/// traced back to its pattern (and its agent and negation flags). Regex is thread-safe, and the
/// lazily built single-pattern regexes are published atomically, so one instance serves all threads.
/// </summary>
internal sealed class CompiledRule
{
    // A guard against pathological input only; normal clauses match in microseconds.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    // Interpreted on purpose: RegexOptions.Compiled cost seconds of JIT at start-up for these large
    // alternations and bought little on clause-sized inputs. Case-sensitive on purpose too: the text
    // is lower-cased first, and the keyword prefilter compares the patterns' literals ordinally.
    internal const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // One word-start check in front of all alternatives: mid-word positions are rejected once
    // instead of once per pattern, which is most of the scanning cost.
    private const string WordStart = @"(?<![\w'$])";

    private readonly Dictionary<string, Regex> _sentenceChecks;
    private readonly int[] _groupNumbers;
    private readonly Regex?[] _alone;

    public CompiledRule(string code, DetectionPattern[] patterns, Lexicon lexicon)
    {
        Code = code;
        Patterns = patterns;
        PatternSources = [.. patterns.Select(p => Source(PatternTemplate.Expand(p.Template, lexicon)))];
        Regex = new Regex(WordStart + "(?:" + string.Join("|", PatternSources.Select((source, i) => $"(?<p{i}>{source})")) + ")", Options, MatchTimeout);
        // Group numbers resolved once: looking groups up by a freshly formatted name cost a string per pattern per match.
        _groupNumbers = [.. Enumerable.Range(0, patterns.Length).Select(i => Regex.GroupNumberFromName($"p{i}"))];
        _sentenceChecks = patterns
            .Where(p => p.SentenceMustContain is not null)
            .Select(p => p.SentenceMustContain!)
            .Distinct()
            .ToDictionary(t => t, t => new Regex($@"(?<![\w'])(?:{PatternTemplate.Expand(t, lexicon)})(?![\w])", Options, MatchTimeout));
        _alone = new Regex?[patterns.Length];
    }

    public string Code { get; }

    /// <summary>One pattern's regex text as it sits in <see cref="Regex"/>: the expanded template, ending at a word's end.</summary>
    internal static string Source(string expanded) => $@"(?:{expanded})(?![\w])";

    public DetectionPattern[] Patterns { get; }

    /// <summary>The regex text of each pattern exactly as it sits in <see cref="Regex"/>, for deriving keywords.</summary>
    public IReadOnlyList<string> PatternSources { get; }

    /// <summary>All patterns in one alternation: at each position the first pattern that matches wins.</summary>
    public Regex Regex { get; }

    /// <summary>
    /// Pattern <paramref name="index"/> on its own, behind the same word-start check. Where no other
    /// pattern of the rule can match, it finds exactly the matches <see cref="Regex"/> finds, at a
    /// fraction of the cost. Built on first use: start-up stays as cheap as before.
    /// </summary>
    public Regex Alone(int index) => Volatile.Read(ref _alone[index]) ?? BuildAlone(index);

    /// <param name="sentence">Built only when the pattern needs it: most patterns have no sentence condition.</param>
    public bool SentenceAllows(DetectionPattern pattern, Func<string> sentence) =>
        pattern.SentenceMustContain is null || _sentenceChecks[pattern.SentenceMustContain].IsMatch(sentence());

    public DetectionPattern PatternOf(Match m)
    {
        for (var i = 0; i < _groupNumbers.Length; i++)
            if (m.Groups[_groupNumbers[i]].Success) return Patterns[i];
        return Patterns[0];
    }

    private Regex BuildAlone(int index)
    {
        var regex = new Regex(WordStart + "(?:" + PatternSources[index] + ")", Options, MatchTimeout);
        return Interlocked.CompareExchange(ref _alone[index], regex, null) ?? regex;
    }
}
