namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Finds, in one pass over a text, which of many groups of literals occur in it (any member of a
/// group counts as the group). An Aho-Corasick automaton: each character is looked at once however
/// many literals there are, which is what makes checking every rule's keywords cheaper than running
/// even one rule's regex. Immutable after construction, so it is shared between threads.
/// </summary>
internal sealed class LiteralScanner
{
    private const int Root = 0;

    // Trie edges keyed by (node, character); a missing edge means "follow the failure link".
    private readonly Dictionary<(int Node, char C), int> _edges = [];
    private readonly List<int> _failure = [Root];
    // For each node, the groups of every literal that ends there, its own and its suffixes'.
    private readonly int[][] _groupsEndingHere;

    public LiteralScanner(IReadOnlyList<IReadOnlySet<string>> groups)
    {
        GroupCount = groups.Count;
        var children = new List<List<(char C, int Child)>> { new() };
        var ending = new List<List<int>?> { null };
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var literal in groups[g])
            {
                var node = Insert(literal, children, ending);
                var list = ending[node] ??= [];
                if (list.Count == 0 || list[^1] != g) list.Add(g);
            }
        }
        _groupsEndingHere = LinkFailures(children, ending);
    }

    public int GroupCount { get; }

    /// <summary>Number of <see cref="ulong"/> words a caller needs for the result of <see cref="Scan"/>.</summary>
    public int WordsNeeded => (GroupCount + 63) / 64;

    /// <summary>Sets bit g of <paramref name="present"/> for every group g with a member in <paramref name="text"/>.</summary>
    public void Scan(ReadOnlySpan<char> text, Span<ulong> present)
    {
        present.Clear();
        var node = Root;
        foreach (var c in text)
        {
            node = Step(node, c);
            foreach (var g in _groupsEndingHere[node])
                present[g >> 6] |= 1UL << (g & 63);
        }
    }

    // The longest literal prefix that the text read so far ends with, after one more character.
    private int Step(int node, char c)
    {
        while (true)
        {
            if (_edges.TryGetValue((node, c), out var next)) return next;
            if (node == Root) return Root;
            node = _failure[node];
        }
    }

    private int Insert(string literal, List<List<(char C, int Child)>> children, List<List<int>?> ending)
    {
        var node = Root;
        foreach (var c in literal)
        {
            if (!_edges.TryGetValue((node, c), out var child))
            {
                child = _failure.Count;
                _edges[(node, c)] = child;
                children[node].Add((c, child));
                children.Add([]);
                ending.Add(null);
                _failure.Add(Root);
            }
            node = child;
        }
        return node;
    }

    // Breadth-first, so a node's failure target (a shorter suffix) is finished before the node.
    private int[][] LinkFailures(List<List<(char C, int Child)>> children, List<List<int>?> ending)
    {
        var merged = new int[_failure.Count][];
        merged[Root] = [];
        var queue = new Queue<int>();
        queue.Enqueue(Root);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in children[node])
            {
                // The failure target is the longest proper suffix that is also in the trie.
                var failure = node == Root ? Root : Step(_failure[node], c);
                _failure[child] = failure;
                merged[child] = ending[child] is not { } own ? merged[failure]
                    : merged[failure].Length == 0 ? [.. own]
                    : [.. own.Union(merged[failure])];
                queue.Enqueue(child);
            }
        }
        return merged;
    }
}
