using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Text;

/// <summary>
/// Splits a sentence into clauses so that a negation or an "if" only reaches the words it governs:
/// "I didn't give her my number, but she has my email" holds two claims. Splits at contrastive and
/// causal connectives, semicolons, and at "and"/comma when a new subject follows.
/// </summary>
internal static partial class ClauseSplitter
{
    // A boundary is the connective itself; the clause after it starts at the connective so that
    // the scope analysis can still see a leading "but".
    [GeneratedRegex(
        @"(?:[;:]|\s+-\s+|,?\s+(?=(?:but|however|although|though|whereas|yet|so that|so|then|which meant|until|unless|even though)\b)|,?\s+(?=and\s+(?:then\s+)?(?:i|we|she|he|they|the client|my client|it|that|this)\b)|,\s*(?=(?:i|we|she|he|they|the client|my client|it|that)\b)|,\s*(?=(?:if|when|once|after|before|since|while|as soon as)\b))",
        RegexOptions.CultureInvariant)]
    private static partial Regex BoundaryRegex();

    /// <param name="lower">The sentence already normalised with <see cref="TextNormalizer"/>.</param>
    public static List<Segment> Split(Segment sentence, string lower)
    {
        var result = new List<Segment>();
        var local = lower.Substring(sentence.Start, sentence.Length);
        var cursor = 0;
        foreach (Match m in BoundaryRegex().Matches(local))
        {
            Add(result, sentence, lower, cursor, m.Index - cursor);
            cursor = m.Index + m.Length;
        }
        Add(result, sentence, lower, cursor, local.Length - cursor);
        return result;
    }

    private static void Add(List<Segment> into, Segment sentence, string lower, int localStart, int length)
    {
        if (length <= 0) return;
        var (start, len) = SentenceSplitter.Trim(lower, sentence.Start + localStart, length);
        if (len > 0) into.Add(new Segment(start, len, lower.Substring(start, len)));
    }
}
