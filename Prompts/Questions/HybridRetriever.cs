using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Meaning;

namespace AllianceBot.Prompts.Questions;

/// <summary>
/// Reads a message against the knowledge base in both ways, lexical (BM25 over passages, keywords
/// and asks, with practitioners' synonyms) and dense (sentence embeddings of every passage view and
/// of labelled example messages), and turns the two into one feature row per passage and one for
/// the message as a whole. A follow-up is read together with the message it follows: its words
/// at a lower weight, its meaning blended into the query vector by how much the message leans on it.
/// </summary>
internal sealed class HybridRetriever
{
    /// <summary>The earlier message's words weigh this much (times dependence) in BM25.</summary>
    public const double PreviousTermWeight = 0.8;

    /// <summary>The earlier message's vector is added at this weight (times dependence) before normalising.</summary>
    public const float PreviousVectorWeight = 1.2f;

    /// <summary>A message leaning on the previous one at least this much is judged for scope together with it.</summary>
    public const float ScopeFromThread = 0.75f;

    /// <summary>A message with more words of its own than this is judged for scope by itself, however it opens.</summary>
    public const int OwnTermsToJudgeAlone = 3;

    private readonly Bm25Index _bm25;
    private readonly DenseIndex _dense;
    private readonly ExampleIndex _examples;
    private readonly ITextEmbedder _embedder;
    private readonly Dictionary<string, int> _codes;

    public HybridRetriever(KnowledgeBase kb, ITextEmbedder embedder, DenseIndex dense, ExampleIndex examples)
    {
        Knowledge = kb;
        _embedder = embedder;
        _bm25 = new Bm25Index(kb.Passages);
        _dense = dense;
        _examples = examples;
        _codes = kb.Passages.Select((p, i) => (p.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
    }

    public KnowledgeBase Knowledge { get; }

    public QuestionReading Read(string question, string? previous, string? excludeGroup = null)
    {
        var dependence = FollowUp.Dependence(question, previous);
        var lexical = LexicalQuery.Build(question, previous, PreviousTermWeight * dependence);
        var bm25 = _bm25.Scores(lexical);
        var named = new bool[bm25.Length];
        foreach (var code in LexicalQuery.NamedCodes(question))
            if (_codes.TryGetValue(code, out var k)) named[k] = true;

        var own = dependence > 0 ? _embedder.Embed([question, previous!]) : _embedder.Embed([question]);
        var vector = dependence > 0 ? Blend(own, PreviousVectorWeight * dependence) : own[0];
        var dense = _dense.Score(vector);
        var examples = _examples.Score(vector, excludeGroup);
        var content = LexicalQuery.ContentTerms(question).Where(_bm25.Knows).Distinct().Count();
        var passages = RetrievalFeatures.ForPassages(bm25, named, dense, examples);
        // Whether the material covers a message is judged on the message itself unless it says too little
        // to judge: "also, can the booking system send reminders?" after an in-scope question is still
        // off topic, while "which rights exactly?" is judged with the question it follows.
        if (dependence > 0 && (dependence < ScopeFromThread || LexicalQuery.OwnTerms(question).Count() > OwnTermsToJudgeAlone))
        {
            (dense, examples) = (_dense.Score(own[0]), _examples.Score(own[0], excludeGroup));
            bm25 = _bm25.Scores(LexicalQuery.Build(question, null, 0));
        }
        return new QuestionReading(passages, dense, examples, bm25, content, dependence);
    }

    private static float[] Blend(float[][] vectors, float weight)
    {
        var (q, p) = (vectors[0], vectors[1]);
        var v = new float[q.Length];
        for (var i = 0; i < v.Length; i++) v[i] = q[i] + weight * p[i];
        var norm = MathF.Sqrt(Vectors.Dot(v, v));
        if (norm > 0) for (var i = 0; i < v.Length; i++) v[i] /= norm;
        return v;
    }
}

/// <summary>What the retriever saw in one message, before any trained weights are applied.</summary>
internal sealed record QuestionReading(float[][] Passages, DenseScores Dense, ExampleScores Examples, double[] Bm25, int ContentTerms, float Dependence)
{
    public float[] ScopeFeatures(float top, float second) => RetrievalFeatures.ForScope(top, second, Dense, Examples, Bm25, ContentTerms);
}
