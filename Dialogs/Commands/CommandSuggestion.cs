using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Commands;

/// <summary>
/// "Did you mean ...?" for a message that is one or two typing slips from a command: "my debreifs",
/// "sho D-20261122-7K3Q9", "digets". The words of a phrase are compared with the message's first words
/// (Damerau-Levenshtein: a swapped pair of letters is one slip), and the rest of the message is kept as
/// the argument. Short words must be nearly exact, so a sentence is not taken for a command.
/// </summary>
public static class CommandSuggestion
{
    /// <summary>The command the text most likely meant, with its argument; null when nothing is close enough.</summary>
    public static string? Suggest(string? text, IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var words = ActivityText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }
        var original = (text ?? string.Empty).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        (string Phrase, int Distance, int Words)? best = null;
        foreach (var phrase in phrases.Select(ActivityText.Normalize).Distinct())
        {
            var parts = phrase.Split(' ');
            if (parts.Length > words.Length)
            {
                continue;
            }
            var typed = string.Join(' ', words.Take(parts.Length));
            var distance = Distance(typed, phrase);
            if (distance == 0 || distance > Allowed(phrase))
            {
                continue;
            }
            if (best is null || distance < best.Value.Distance || distance == best.Value.Distance && phrase.Length > best.Value.Phrase.Length)
            {
                best = (phrase, distance, parts.Length);
            }
        }
        if (best is not { } found)
        {
            return null;
        }
        var argument = string.Join(' ', original.Skip(found.Words));
        return argument.Length == 0 ? found.Phrase : $"{found.Phrase} {argument}";
    }

    // One slip in a word of four or more letters, two in a phrase of nine or more; none in "hi" or "ask".
    private static int Allowed(string phrase) => phrase.Length switch
    {
        < 4 => 0,
        < 9 => 1,
        _ => 2,
    };

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
