using System.Text;
using System.Text.RegularExpressions;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Questions;

/// <summary>
/// A question as weighted, stemmed terms for BM25: its own words at full weight, practitioners'
/// synonyms (<see cref="QueryVocabulary"/>) a little lower, and an earlier question's words lower
/// still when the message follows up on it. Codes named in the text ("P8", "bs-contact") are kept whole.
/// </summary>
internal static partial class LexicalQuery
{
    private const double ExpansionWeight = 0.6;

    [GeneratedRegex(@"(?<![\w-])(?:std-3\.1|p[1-9](?:\.\d)?|k[1-4]|(?:wa|sk|rm|bs|bv|ac|ctx)-[a-z0-9.\-]+)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();

    public static Dictionary<string, double> Build(string question, string? previous, double previousWeight)
    {
        var query = new Dictionary<string, double>();
        AddTerms(query, TextNormalizer.ForMatching(question), 1.0);
        if (!string.IsNullOrWhiteSpace(previous) && previousWeight > 0)
            AddTerms(query, TextNormalizer.ForMatching(previous), previousWeight);
        return query;
    }

    /// <summary>Codes of the knowledge base named in the text, upper-cased, in order of appearance.</summary>
    public static IEnumerable<string> NamedCodes(string text) =>
        CodeRegex().Matches(TextNormalizer.ForMatching(text)).Select(m => m.Value.ToUpperInvariant()).Distinct();

    /// <summary>The message's own stemmed words that say something (no synonyms added): "how much it says by itself".</summary>
    public static IEnumerable<string> OwnTerms(string question) =>
        Bm25Index.Terms(TextNormalizer.ForMatching(question)).Where(t => !QueryVocabulary.Generic.Contains(t)).Distinct();

    /// <summary>The question's stemmed words with its synonyms' words, for "does this say anything on topic".</summary>
    public static IEnumerable<string> ContentTerms(string question)
    {
        var lower = TextNormalizer.ForMatching(question);
        return Bm25Index.Terms(lower + " " + Expansions(lower)).Where(t => !QueryVocabulary.Generic.Contains(t));
    }

    private static void AddTerms(Dictionary<string, double> query, string lower, double weight)
    {
        foreach (var t in Bm25Index.Terms(lower))
            query[t] = Math.Max(query.GetValueOrDefault(t), weight);
        foreach (var t in Bm25Index.Terms(Expansions(lower)))
            query[t] = Math.Max(query.GetValueOrDefault(t), weight * ExpansionWeight);
        foreach (Match m in CodeRegex().Matches(lower))
            query[m.Value] = Math.Max(query.GetValueOrDefault(m.Value), weight * 2);
    }

    public static string Expansions(string lower)
    {
        var padded = " " + Regex.Replace(lower, @"[^\p{L}\p{N}'\- ]", " ") + " ";
        var sb = new StringBuilder();
        foreach (var (phrase, expansion) in QueryVocabulary.Synonyms)
            if (padded.Contains(" " + phrase + " ", StringComparison.Ordinal))
                sb.Append(' ').Append(expansion);
        return sb.ToString();
    }
}
