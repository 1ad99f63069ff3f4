namespace AllianceBot.Prompts.Detection;

/// <summary>
/// What one piece of a regular expression says about any text it matches. <see cref="Exact"/> lists
/// every string the piece can match, when they are few and known (else null); each entry of
/// <see cref="Required"/> is a set of literals of which every match contains at least one. Built
/// bottom-up by <see cref="RequiredLiterals"/>; every rule here only ever loses knowledge, never invents it.
/// Plain arrays rather than sets: nearly all of them hold one string, and analysis runs at start-up.
/// </summary>
internal sealed record LiteralFacts(string[]? Exact, IReadOnlyList<string[]> Required)
{
    // Past this many exact strings the cross products of a concatenation stop being worth tracking.
    private const int MaxExact = 64;

    private static readonly string[] EmptyOnly = [""];

    /// <summary>Text nothing is known about: a character class, \w, a dot, an optional or starred repeat.</summary>
    public static LiteralFacts Unknown { get; } = new(null, []);

    /// <summary>An anchor or lookaround: matches no text, so it neither adds nor breaks a literal run.</summary>
    public static LiteralFacts ZeroWidth { get; } = new(EmptyOnly, []);

    public static LiteralFacts Literal(string s) => new([s], []);

    private IReadOnlyList<string[]>? _candidates;

    /// <summary>Every literal set known to hold for a match, the exact strings included.</summary>
    public IReadOnlyList<string[]> Candidates()
    {
        if (_candidates is not null) return _candidates;
        var candidates = new List<string[]>(Required.Count + 1);
        foreach (var set in Required)
            if (Useful(set) is { } useful) candidates.Add(useful);
        if (Exact is not null && Useful(Exact) is { } exact) candidates.Add(exact);
        return _candidates = candidates;
    }

    /// <summary>The candidate least likely to occur in ordinary text, or null when there is none.</summary>
    public string[]? Best()
    {
        string[]? best = null;
        foreach (var candidate in Candidates())
            if (best is null || LiteralCost.Of(candidate) < LiteralCost.Of(best)) best = candidate;
        return best;
    }

    public static LiteralFacts Sequence(IReadOnlyList<LiteralFacts> parts)
    {
        if (parts.Count == 1) return parts[0];
        var required = new List<string[]>();
        var run = EmptyOnly; // exact strings of the parts since the last unknown one
        var exact = true;
        foreach (var part in parts)
        {
            required.AddRange(part.Required);
            if (part.Exact is null)
            {
                required.Add(run);
                run = EmptyOnly;
                exact = false;
                continue;
            }
            var joined = CrossJoin(run, part.Exact);
            if (joined is null)
            {
                // Too many combinations: what came before still stands as a requirement on its own.
                required.Add(run);
                run = part.Exact;
                exact = false;
                continue;
            }
            run = joined;
        }
        if (exact) return new LiteralFacts(run, required);
        required.Add(run);
        return new LiteralFacts(null, required);
    }

    public static LiteralFacts Alternation(IReadOnlyList<LiteralFacts> branches)
    {
        if (branches.Count == 1) return branches[0];
        if (branches.All(b => b.Exact is not null))
        {
            var union = Distinct(branches.SelectMany(b => b.Exact!));
            if (union.Length <= MaxExact) return new LiteralFacts(union, []);
        }
        // A match comes from one branch, so it contains one literal of that branch's best set.
        var either = new List<string>();
        foreach (var branch in branches)
        {
            var best = branch.Best();
            if (best is null) return Unknown; // one branch with nothing known leaves nothing known
            either.AddRange(best);
        }
        return new LiteralFacts(null, [Distinct(either)]);
    }

    public static LiteralFacts Repeat(LiteralFacts inner, int min, int max)
    {
        if (min == 1 && max == 1) return inner;
        if (min == 0)
        {
            // "x?" is x or nothing, which a concatenation can still join; longer or unbounded repeats are unknown.
            return max == 1 && inner.Exact is not null ? new LiteralFacts(Distinct(inner.Exact.Append("")), []) : Unknown;
        }
        // At least one repetition: whatever one match of the inner piece must contain, this must too.
        return new LiteralFacts(null, inner.Candidates());
    }

    private static string[]? CrossJoin(string[] left, string[] right)
    {
        if ((long)left.Length * right.Length > MaxExact) return null;
        if (left.Length == 1 && right.Length == 1) return [left[0] + right[0]];
        var joined = new List<string>(left.Length * right.Length);
        foreach (var l in left)
            foreach (var r in right)
                joined.Add(l + r);
        return Distinct(joined);
    }

    private static string[] Distinct(IEnumerable<string> strings) => [.. new HashSet<string>(strings, StringComparer.Ordinal)];

    // A set holding "" is met by every text, so it filters nothing. Otherwise a literal that contains
    // another one of the set adds nothing to a "contains any" check, so it is dropped.
    private static string[]? Useful(string[] set)
    {
        if (set.Length == 0 || Array.IndexOf(set, "") >= 0) return null;
        if (set.Length == 1) return set;
        var kept = new List<string>(set.Length);
        foreach (var s in set.OrderBy(s => s.Length))
            if (!kept.Exists(k => s.Contains(k, StringComparison.Ordinal))) kept.Add(s);
        return [.. kept];
    }
}
