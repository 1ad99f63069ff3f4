using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Questions;

/// <summary>
/// Okapi BM25 over the knowledge base. Titles and keywords are repeated into the document so they
/// weigh more than body text, and the asks (practitioners' wording) are part of it; terms are
/// stemmed on both sides so "texting" finds "text".
/// </summary>
internal sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int TitleWeight = 2;
    private const int KeywordWeight = 2;

    private readonly List<(KnowledgePassage Passage, Dictionary<string, int> Terms, int Length)> _docs = [];
    private readonly Dictionary<string, int> _documentFrequency = [];
    private readonly double _averageLength;

    public Bm25Index(IEnumerable<KnowledgePassage> passages)
    {
        foreach (var p in passages)
        {
            var terms = new Dictionary<string, int>();
            Add(terms, Terms(p.Text), 1);
            Add(terms, Terms(p.Title), TitleWeight);
            Add(terms, Terms(string.Join(' ', p.Keywords)), KeywordWeight);
            Add(terms, Terms(string.Join(' ', p.Asks)), 1);
            _docs.Add((p, terms, terms.Values.Sum()));
            foreach (var t in terms.Keys)
                _documentFrequency[t] = _documentFrequency.GetValueOrDefault(t) + 1;
        }
        _averageLength = _docs.Count == 0 ? 1 : _docs.Average(d => d.Length);
    }

    public bool Knows(string term) => _documentFrequency.ContainsKey(term);

    public double Idf(string term)
    {
        var df = _documentFrequency.GetValueOrDefault(term);
        return Math.Log(1 + (_docs.Count - df + 0.5) / (df + 0.5));
    }

    /// <summary>One score per passage, in the knowledge base's order (0 where no term matches).</summary>
    /// <param name="query">Stemmed terms with a weight each (expansions and follow-up context weigh less).</param>
    public double[] Scores(IReadOnlyDictionary<string, double> query)
    {
        var scores = new double[_docs.Count];
        for (var i = 0; i < _docs.Count; i++)
        {
            var (_, terms, length) = _docs[i];
            foreach (var (term, weight) in query)
            {
                if (!terms.TryGetValue(term, out var tf)) continue;
                var norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / _averageLength));
                scores[i] += weight * Idf(term) * norm;
            }
        }
        return scores;
    }

    public static IEnumerable<string> Terms(string text) =>
        Tokenizer.Words(text)
            .Where(w => !QueryVocabulary.StopWords.Contains(w))
            .Select(Stemmer.Stem);

    private static void Add(Dictionary<string, int> into, IEnumerable<string> terms, int weight)
    {
        foreach (var t in terms)
            into[t] = into.GetValueOrDefault(t) + weight;
    }
}
