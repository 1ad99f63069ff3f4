using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Text;

/// <summary>
/// Splits text into sentences at end punctuation or line breaks. Abbreviations such as "Dr." are
/// rare in debriefs and cost only an extra boundary, so no abbreviation list is kept.
/// </summary>
internal static partial class SentenceSplitter
{
    [GeneratedRegex(@"[^.!?\n\r]+(?:[.!?]+[""')\]]*|(?=[\r\n])|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceRegex();

    public static List<Segment> Split(string text)
    {
        var result = new List<Segment>();
        foreach (Match m in SentenceRegex().Matches(text))
        {
            var (start, length) = Trim(text, m.Index, m.Length);
            if (length > 0 && text.AsSpan(start, length).ContainsAnyExcept(" \t.!?"))
                result.Add(new Segment(start, length, text.Substring(start, length)));
        }
        return result;
    }

    internal static (int Start, int Length) Trim(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end - start);
    }
}
