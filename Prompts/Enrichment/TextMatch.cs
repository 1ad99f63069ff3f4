using System.Text;

namespace AllianceBot.Prompts.Enrichment;

internal static class TextMatch
{
    /// <summary>Lower-case with every run of whitespace collapsed to one space, so quotes survive re-wrapping.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>True when the evidence is quoted from the text: case-insensitive, whitespace-normalised.</summary>
    public static bool Quotes(string text, string evidence)
    {
        var needle = Normalise(evidence);
        return needle.Length > 0 && Normalise(text).Contains(needle, StringComparison.Ordinal);
    }
}
