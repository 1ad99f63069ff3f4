using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Tells which patterns of a rule cannot match a clause at all. For every pattern it derives from
/// the pattern's own regex (<see cref="RequiredLiterals"/>) the groups of literals a match must
/// contain; the pattern can match only where every one of its groups occurs. A pattern nothing can
/// be derived for can always match. A pattern that cannot match takes no part in the rule's
/// alternation, so leaving it out (or skipping a rule with no possible pattern) changes no result.
/// </summary>
internal sealed class KeywordPrefilter
{
    /// <summary>What <see cref="Possible"/> returns when more than one pattern can match.</summary>
    public const int Several = -1;

    /// <summary>What <see cref="Possible"/> returns when no pattern can match.</summary>
    public const int None = -2;

    private readonly LiteralScanner _scanner;

    // Per rule, per pattern: the literal groups that must all occur (none: the pattern can always match).
    private readonly int[][][] _needs;

    public KeywordPrefilter(IReadOnlyList<CompiledRule> rules)
    {
        var groups = new List<IReadOnlySet<string>>();
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _needs = new int[rules.Count][][];
        for (var r = 0; r < rules.Count; r++)
        {
            var exact = LiteralsAreExact(rules[r].Regex.Options);
            _needs[r] = [.. rules[r].PatternSources.Select(source => exact
                ? Selective(RequiredLiterals.Of(source)).Select(g => IdOf(g, groups, groupIds)).ToArray()
                : [])];
        }
        _scanner = new LiteralScanner(groups);
    }

    /// <summary>Number of <see cref="ulong"/> words <see cref="Scan"/> fills.</summary>
    public int WordsNeeded => _scanner.WordsNeeded;

    /// <summary>Notes which literal groups occur in the clause, for <see cref="Possible"/>.</summary>
    public void Scan(string clause, Span<ulong> present) => _scanner.Scan(clause, present);

    /// <summary>
    /// The index of the only pattern of rule <paramref name="rule"/> that can match the scanned
    /// clause, <see cref="None"/> when none can, <see cref="Several"/> when more than one can.
    /// </summary>
    public int Possible(int rule, ReadOnlySpan<ulong> present)
    {
        var found = None;
        var patterns = _needs[rule];
        for (var p = 0; p < patterns.Length; p++)
        {
            if (!AllPresent(patterns[p], present)) continue;
            if (found != None) return Several;
            found = p;
        }
        return found;
    }

    /// <summary>Patterns of the rule with no keyword check, which therefore always run.</summary>
    public int UnfilteredPatterns(int rule) => _needs[rule].Count(needs => needs.Length == 0);

    private static bool AllPresent(int[] groups, ReadOnlySpan<ulong> present)
    {
        foreach (var g in groups)
            if ((present[g >> 6] & (1UL << (g & 63))) == 0) return false;
        return true;
    }

    // Literals are compared ordinally: under these options the regex would match other spellings too.
    private static bool LiteralsAreExact(RegexOptions options) =>
        (options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)) == 0;

    // A group with a one-character literal ("i", "x") occurs in nearly every clause: checking it costs
    // scanning work and rules out nothing.
    private static IEnumerable<IReadOnlySet<string>> Selective(IEnumerable<IReadOnlySet<string>> groups) =>
        groups.Where(g => g.All(literal => literal.Length > 1));

    private static int IdOf(IReadOnlySet<string> group, List<IReadOnlySet<string>> groups, Dictionary<string, int> ids)
    {
        // Length-prefixed, so no two different groups share a key whatever characters they hold.
        var key = string.Concat(group.Order(StringComparer.Ordinal).Select(s => $"{s.Length}:{s}"));
        if (ids.TryGetValue(key, out var id)) return id;
        groups.Add(group);
        return ids[key] = groups.Count - 1;
    }
}
