using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Expands the small template language used by the lexicon: {NAME} inserts a word group from
/// <see cref="Lexicon"/>, {G3} allows up to three words in between, and spaces mean "one or more
/// whitespace". Keeps the rules readable for whoever tunes them.
/// </summary>
internal static partial class PatternTemplate
{
    [GeneratedRegex(@"\{(?<name>[A-Z_]+)(?<n>\d*)\}")]
    private static partial Regex PlaceholderRegex();

    public static string Expand(string template)
    {
        var expanded = PlaceholderRegex().Replace(template, m =>
        {
            var name = m.Groups["name"].Value;
            if (name == "G")
                return $@"(?:[^\s]+\s+){{0,{m.Groups["n"].Value}}}";
            return "(?:" + Expand(Lexicon.Group(name)) + ")";
        });
        return expanded.Replace(" ", @"\s+", StringComparison.Ordinal);
    }
}
