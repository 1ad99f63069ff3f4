using System.Text.RegularExpressions;

namespace AllianceBot.Quality;

/// <summary>
/// Scores masked text against a labelled names case without knowing how the masker works: the words
/// of the original and of the masked text are aligned (longest common subsequence), so every
/// original word is either kept or replaced, and a replaced run is a name mask when "[name]" stands
/// in its place. A name occurrence counts as masked when all its words were replaced by a name mask;
/// any other word replaced by a name mask counts as wrongly masked.
/// </summary>
public static partial class NameScorer
{
    public const string NameMask = "[name]";

    [GeneratedRegex(@"\[[a-z\-]+\]|[\p{L}\p{M}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    public sealed record Score(int Names, int NamesMasked, int OtherWords, int WronglyMasked, int LookAlikes, int LookAlikesMasked,
        IReadOnlyList<string> Missed, IReadOnlyList<string> Wrong);

    public static Score Of(NameCase item, string masked)
    {
        ArgumentNullException.ThrowIfNull(item);
        var original = TokenRegex().Matches(item.Text).Select(m => (m.Index, m.Length, m.Value)).ToList();
        var after = TokenRegex().Matches(masked).Select(m => m.Value).ToList();
        var byName = ReplacedByName(original.Select(t => t.Value).ToList(), after);

        var nameSpans = Occurrences(item.Text, item.Names.Select(StripPossessive));
        var inName = new bool[original.Count];
        int names = 0, masked_ = 0;
        var missed = new List<string>();
        foreach (var (start, end) in nameSpans)
        {
            var words = Enumerable.Range(0, original.Count).Where(i => original[i].Index >= start && original[i].Index < end).ToList();
            if (words.Count == 0) continue;
            names++;
            words.ForEach(i => inName[i] = true);
            if (words.All(i => byName[i])) masked_++;
            else missed.Add(item.Text[start..end]);
        }
        var wrong = Enumerable.Range(0, original.Count).Where(i => !inName[i] && byName[i]).Select(i => original[i].Value).ToList();
        var others = inName.Count(x => !x);

        int lookAlikes = 0, lookAlikesMasked = 0;
        foreach (var (start, end) in Occurrences(item.Text, item.NotNames))
        {
            var words = Enumerable.Range(0, original.Count).Where(i => original[i].Index >= start && original[i].Index < end && !inName[i]).ToList();
            if (words.Count == 0) continue;
            lookAlikes++;
            if (words.Any(i => byName[i])) lookAlikesMasked++;
        }
        return new Score(names, masked_, others, wrong.Count, lookAlikes, lookAlikesMasked, missed, wrong);
    }

    /// <summary>For each original word: was it replaced, with "[name]" among what stands in its place?</summary>
    private static bool[] ReplacedByName(List<string> a, List<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var result = new bool[n];
        int x = 0, y = 0;
        var pendingA = new List<int>();
        var pendingB = new List<string>();
        void Close()
        {
            var name = pendingB.Contains(NameMask);
            foreach (var i in pendingA) result[i] = name;
            pendingA.Clear();
            pendingB.Clear();
        }
        while (x < n || y < m)
        {
            if (x < n && y < m && a[x] == b[y])
            {
                Close();
                x++;
                y++;
            }
            else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                pendingB.Add(b[y++]);
            }
            else
            {
                pendingA.Add(x++);
            }
        }
        Close();
        return result;
    }

    private static string StripPossessive(string name)
    {
        foreach (var ending in new[] { "'s", "’s", "'", "’" })
            if (name.EndsWith(ending, StringComparison.Ordinal) && name.Length > ending.Length) return name[..^ending.Length];
        return name;
    }

    /// <summary>Every whole-word occurrence of the strings, overlapping ones merged.</summary>
    private static List<(int Start, int End)> Occurrences(string text, IEnumerable<string> strings)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var s in strings.Where(s => s.Length > 0).Distinct())
        {
            for (var i = text.IndexOf(s, StringComparison.Ordinal); i >= 0; i = text.IndexOf(s, i + 1, StringComparison.Ordinal))
            {
                var end = i + s.Length;
                var startsWord = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
                var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (startsWord && endsWord) spans.Add((i, end));
            }
        }
        spans.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else merged.Add(span);
        }
        return merged;
    }
}
