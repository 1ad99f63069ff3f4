using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// One debrief text read sentence by sentence for the trained scorers: the sentences (lower-cased,
/// offsets valid in the original), their embeddings, and per sentence the rule verdicts by code.
/// </summary>
internal sealed record SentenceReadings(
    IReadOnlyList<Segment> Sentences,
    IReadOnlyList<float[]> Embeddings,
    IReadOnlyList<IReadOnlyDictionary<string, List<ScopeVerdict>>> Verdicts,
    IReadOnlyList<DetectionHit> Hits)
{
    private const int MaxSentenceChars = 600;

    private static readonly IReadOnlyDictionary<string, List<ScopeVerdict>> NoVerdicts = new Dictionary<string, List<ScopeVerdict>>();

    public IReadOnlyCollection<ScopeVerdict> VerdictsOf(int sentence, string code) =>
        Verdicts[sentence].TryGetValue(code, out var v) ? v : [];

    public float[] Features(int sentence, string code) => SignFeatures.For(Sentences, sentence, Embeddings[sentence], VerdictsOf(sentence, code));

    public static SentenceReadings Read(string text, Meaning.ITextEmbedder embedder, IReadOnlyList<DetectionHit> hits)
    {
        var lower = TextNormalizer.ForMatching(text);
        var sentences = new List<Segment>();
        foreach (var s in SentenceSplitter.Split(lower))
            for (var start = s.Start; start < s.End; start += MaxSentenceChars)
            {
                var (st, len) = SentenceSplitter.Trim(lower, start, Math.Min(MaxSentenceChars, s.End - start));
                if (len > 0) sentences.Add(new Segment(st, len, lower.Substring(st, len)));
            }
        var verdicts = sentences.Select(_ => (IReadOnlyDictionary<string, List<ScopeVerdict>>)NoVerdicts).ToArray();
        foreach (var hit in hits)
        {
            var i = sentences.FindIndex(s => s.Start <= hit.MatchStart && hit.MatchStart < s.End);
            if (i < 0) continue;
            if (ReferenceEquals(verdicts[i], NoVerdicts)) verdicts[i] = new Dictionary<string, List<ScopeVerdict>>();
            var map = (Dictionary<string, List<ScopeVerdict>>)verdicts[i];
            if (!map.TryGetValue(hit.Code, out var list)) map[hit.Code] = list = [];
            list.Add(hit.Verdict);
        }
        var embeddings = sentences.Count == 0 ? [] : embedder.Embed([.. sentences.Select(s => s.Text)]);
        return new SentenceReadings(sentences, embeddings, verdicts, hits);
    }
}
