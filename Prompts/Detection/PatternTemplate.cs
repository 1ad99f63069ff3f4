using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Expands the small template language the detection rules are written in: {NAME} inserts a word
/// group from the <see cref="Lexicon"/>, {G3} allows up to three words in between, and spaces mean
/// "one or more whitespace". Keeps the rules readable for whoever tunes them.
/// </summary>
internal static partial class PatternTemplate
{
    private const string Gap = "G";

    [GeneratedRegex(@"\{(?<name>[A-Z_]+)(?<n>\d*)\}")]
    private static partial Regex PlaceholderRegex();

    // Anything a person could have meant as a placeholder: lower case or mixed, digits anywhere.
    [GeneratedRegex(@"\{[A-Za-z_][A-Za-z_0-9]*\}")]
    private static partial Regex PlaceholderLikeRegex();

    [GeneratedRegex(@"^[A-Z_]+$")]
    private static partial Regex GroupNameRegex();

    /// <summary>Expands against the lexicon the engine runs (the embedded detection-rules.json).</summary>
    public static string Expand(string template) => Expand(template, Lexicon.Embedded);

    public static string Expand(string template, Lexicon lexicon)
    {
        var expanded = PlaceholderRegex().Replace(template, m =>
        {
            var name = m.Groups["name"].Value;
            if (name == Gap)
                return $@"(?:[^\s]+\s+){{0,{m.Groups["n"].Value}}}";
            return "(?:" + Expand(lexicon.Group(name), lexicon) + ")";
        });
        return expanded.Replace(" ", @"\s+", StringComparison.Ordinal);
    }

    // Escapes (\w, \S, \p{L}) and placeholders ({OBJ}) may hold capitals; nothing else should.
    [GeneratedRegex(@"\\p\{[^}]*\}|\\.|\{[A-Z_]+\d*\}")]
    private static partial Regex EscapeOrPlaceholderRegex();

    /// <summary>
    /// A capital letter the pattern would look for, or null. Text is lower-cased before it is read,
    /// so such a pattern could never match: a slip worth stopping for.
    /// </summary>
    public static char? UpperCaseIn(string pattern)
    {
        foreach (var c in EscapeOrPlaceholderRegex().Replace(pattern, ""))
            if (char.IsUpper(c)) return c;
        return null;
    }

    public static bool IsGroupName(string name) => name != Gap && GroupNameRegex().IsMatch(name);

    /// <summary>The lexicon groups a template names directly (gaps left out).</summary>
    public static IEnumerable<string> GroupsNamedIn(string template) =>
        PlaceholderRegex().Matches(template).Select(m => m.Groups["name"].Value).Where(n => n != Gap);

    /// <summary>
    /// Why the template's placeholders cannot be expanded against <paramref name="lexicon"/>, or null when they
    /// can: an unknown group, {G} without a number, a number on a group, a group written in lower case
    /// (which the regex would read as the literal text "{name}").
    /// </summary>
    public static string? ProblemWithPlaceholders(string template, Lexicon lexicon)
    {
        foreach (Match like in PlaceholderLikeRegex().Matches(template))
        {
            var m = PlaceholderRegex().Match(like.Value);
            if (!m.Success || m.Length != like.Length)
                return $"{like.Value} is not a placeholder: write lexicon groups in capitals ({{OBJ}}) and gaps as {{G3}}";
            var name = m.Groups["name"].Value;
            var number = m.Groups["n"].Value;
            if (name == Gap && number.Length == 0)
                return "{G} needs the most words it may skip, as in {G3}";
            if (name != Gap && number.Length > 0)
                return $"{like.Value}: only the gap {{G}} takes a number";
            if (name != Gap && !lexicon.Contains(name))
                return $"{like.Value} names no lexicon group";
        }
        return null;
    }
}
