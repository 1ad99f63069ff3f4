using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Meaning;

namespace AllianceBot.Prompts.Questions;

/// <summary>One labelled message: the codes an answer may rest on (first = primary; none = not covered) and its vector.</summary>
internal sealed record LabelledExample(IReadOnlyList<string> Codes, float[] Vector, string Group = "")
{
    public bool InScope => Codes.Count > 0;
}

/// <summary>
/// Nearest labelled messages: how close a new message comes to earlier ones that a given passage
/// answered, and to earlier ones the material does not cover. The examples are the training split's
/// (vectors only) and the knowledge base's own not-covered list.
/// </summary>
internal sealed class ExampleIndex
{
    private readonly List<(int[] Passages, float[] Vector, string Group)> _answered = [];
    private readonly List<(float[] Vector, string Group)> _notCovered = [];
    private readonly int _passageCount;

    public ExampleIndex(KnowledgeBase kb, IEnumerable<LabelledExample> examples)
    {
        _passageCount = kb.Passages.Count;
        var index = kb.Passages.Select((p, i) => (p.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        foreach (var e in examples)
        {
            if (!e.InScope) { _notCovered.Add((e.Vector, e.Group)); continue; }
            // A code the knowledge base no longer has is skipped, not fatal: the example still speaks for the rest.
            var passages = e.Codes.Where(index.ContainsKey).Select(c => index[c]).ToArray();
            if (passages.Length > 0) _answered.Add((passages, e.Vector, e.Group));
        }
    }

    public int Count => _answered.Count + _notCovered.Count;

    /// <param name="excludeGroup">Leaves out one writer's examples (training only: a new writer's message has no twin among them).</param>
    public ExampleScores Score(ReadOnlySpan<float> query, string? excludeGroup = null)
    {
        var s = new ExampleScores(_passageCount);
        foreach (var (passages, vector, group) in _answered)
        {
            if (excludeGroup is not null && group == excludeGroup) continue;
            var sim = Vectors.Dot(query, vector);
            s.AnyInScope = Math.Max(s.AnyInScope, sim);
            if (sim > s.Primary[passages[0]]) s.Primary[passages[0]] = sim;
            foreach (var k in passages)
                if (sim > s.Any[k]) s.Any[k] = sim;
        }
        foreach (var (vector, group) in _notCovered)
        {
            if (excludeGroup is not null && group == excludeGroup) continue;
            s.NotCovered = Math.Max(s.NotCovered, Vectors.Dot(query, vector));
        }
        return s;
    }
}

internal sealed class ExampleScores(int passages)
{
    /// <summary>Per passage: the closest example whose primary code it is.</summary>
    public float[] Primary { get; } = new float[passages];

    /// <summary>Per passage: the closest example that lists it at all.</summary>
    public float[] Any { get; } = new float[passages];

    public float AnyInScope { get; set; }

    public float NotCovered { get; set; }
}
