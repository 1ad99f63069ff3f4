using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Text;

/// <summary>Lower-cased word tokens (letters, digits, inner apostrophes and dots such as "3.1").</summary>
internal static partial class Tokenizer
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['.\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    public static IEnumerable<string> Words(string text)
    {
        foreach (Match m in WordRegex().Matches(TextNormalizer.ForMatching(text)))
            yield return m.Value;
    }
}
