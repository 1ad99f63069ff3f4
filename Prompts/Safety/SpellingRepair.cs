using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Safety;

/// <summary>
/// Reads a typing slip in a crisis word as the word ("suicidle", "overdoes on", "presciption"), so
/// the cues need not list every misspelling. Only words of five letters or more, only the listed
/// words, the first letter kept, and never a real word on the keep list ("overdue", "skill").
/// </summary>
internal sealed partial class SpellingRepair
{
    [GeneratedRegex(@"[a-z']+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    private readonly string[] _words;
    private readonly FrozenSet<string> _known;

    public SpellingRepair(IEnumerable<string> words, IEnumerable<string> keep)
    {
        _words = [.. words.Select(w => w.ToLowerInvariant()).Distinct()];
        _known = _words.Concat(keep.Select(k => k.ToLowerInvariant())).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The lower-case text with slips replaced; offsets may shift, so callers quote the original sentence.</summary>
    public string Repair(string lower)
    {
        StringBuilder? sb = null;
        var last = 0;
        foreach (Match m in WordRegex().Matches(lower))
        {
            if (m.Length < 5 || _known.Contains(m.Value)) continue;
            var fix = Closest(m.Value);
            if (fix is null) continue;
            sb ??= new StringBuilder(lower.Length + 8);
            sb.Append(lower, last, m.Index - last).Append(fix);
            last = m.Index + m.Length;
        }
        return sb is null ? lower : sb.Append(lower, last, lower.Length - last).ToString();
    }

    private string? Closest(string token)
    {
        var allowed = token.Length >= 9 ? 2 : 1;
        foreach (var w in _words)
        {
            if (w[0] != token[0] || Math.Abs(w.Length - token.Length) > allowed) continue;
            if (Distance(token, w, allowed) <= allowed) return w;
        }
        return null;
    }

    // Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping once past the limit.
    internal static int Distance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > limit) return limit + 1;
        }
        return d[a.Length, b.Length];
    }
}
