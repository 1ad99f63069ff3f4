namespace AllianceBot.Prompts.Text;

/// <summary>
/// A light English suffix stripper. It only has to map "texting", "texted" and "texts" to one key
/// for both the index and the query, so it trades linguistic accuracy for predictability.
/// </summary>
internal static class Stemmer
{
    public static string Stem(string word)
    {
        var w = word;
        if (w.Length <= 3) return w;
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];

        if (w.EndsWith("ingly", StringComparison.Ordinal) && w.Length > 7) w = w[..^5];
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) w = w[..^3];
        else if (w.EndsWith("edly", StringComparison.Ordinal) && w.Length > 6) w = w[..^4];
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) w = w[..^2];
        else if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5) w = w[..^2];
        else if (w.EndsWith("ment", StringComparison.Ordinal) && w.Length > 7) w = w[..^4];
        else if (w.EndsWith("ation", StringComparison.Ordinal) && w.Length > 7) w = w[..^5];
        else if (w.EndsWith("ness", StringComparison.Ordinal) && w.Length > 6) w = w[..^4];

        // "running" -> "runn" -> "run"; "texted" stays "text".
        if (w.Length > 3 && w[^1] == w[^2] && !"aeiouls".Contains(w[^1])) w = w[..^1];
        if (w.Length > 3 && w[^1] == 'e') w = w[..^1];
        if (w.Length > 3 && w[^1] == 'y') w = w[..^1] + "i";
        return w;
    }
}
