using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Meaning;

namespace AllianceBot.Prompts.Questions;

/// <summary>
/// Dense passage retrieval: every view of every passage (<see cref="PassageViews"/>) as a sentence
/// embedding, made once. Vectors stored by the training program are used where their text is
/// unchanged; the rest are embedded here, at start (a few milliseconds per view on one core).
/// </summary>
internal sealed class DenseIndex
{
    private readonly List<PassageView> _views;
    private readonly float[][] _vectors;

    public DenseIndex(KnowledgeBase kb, ITextEmbedder embedder, QuestionVectorFile? stored)
    {
        PassageCount = kb.Passages.Count;
        _views = PassageViews.For(kb);
        _vectors = StoredVectors.Lookup(embedder, stored, _views.Select(v => v.Text).ToList());
    }

    public int PassageCount { get; }

    /// <summary>Per passage: the query's cosine with its passage text, title, keywords, best ask and mean of its two best asks.</summary>
    public DenseScores Score(ReadOnlySpan<float> query)
    {
        var s = new DenseScores(PassageCount);
        var second = new float[PassageCount];
        for (var i = 0; i < _views.Count; i++)
        {
            var view = _views[i];
            var sim = Vectors.Dot(query, _vectors[i]);
            var k = view.Passage;
            switch (view.Kind)
            {
                case ViewKind.Passage: s.Passage[k] = sim; break;
                case ViewKind.Title: s.Title[k] = sim; break;
                case ViewKind.Keywords: s.Keywords[k] = sim; break;
                default:
                    if (sim > s.Ask[k]) (second[k], s.Ask[k]) = (s.Ask[k], sim);
                    else if (sim > second[k]) second[k] = sim;
                    break;
            }
        }
        for (var k = 0; k < PassageCount; k++)
            s.AskPair[k] = second[k] == 0 ? s.Ask[k] : (s.Ask[k] + second[k]) / 2;
        return s;
    }
}

internal sealed class DenseScores(int passages)
{
    public float[] Passage { get; } = new float[passages];
    public float[] Title { get; } = new float[passages];
    public float[] Keywords { get; } = new float[passages];
    public float[] Ask { get; } = new float[passages];
    public float[] AskPair { get; } = new float[passages];
}

/// <summary>Stored vectors for texts whose hash matches, the embedder for the rest.</summary>
internal static class StoredVectors
{
    public static float[][] Lookup(ITextEmbedder embedder, QuestionVectorFile? stored, IReadOnlyList<string> texts)
    {
        var usable = stored is not null && stored.EmbeddingModel == embedder.ModelName ? stored.Texts : null;
        var result = new float[texts.Count][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (usable is not null && usable.TryGetValue(VectorCodec.Hash(texts[i]), out var encoded)) result[i] = VectorCodec.Decode(encoded);
            else missing.Add(i);
        }
        // Small batches: one call pads every text to the longest, so a few hundred at once waste time and memory.
        foreach (var chunk in missing.Chunk(32))
        {
            var vectors = embedder.Embed([.. chunk.Select(i => texts[i])]);
            for (var j = 0; j < chunk.Length; j++) result[chunk[j]] = vectors[j];
        }
        return result;
    }
}
