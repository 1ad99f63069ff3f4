using System.Text;
using System.Text.RegularExpressions;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Safety;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Questions;

/// <summary>
/// Answers free-text questions from the knowledge base: crisis check first, then ranked retrieval
/// (BM25 with stemming and practitioners' synonyms), then an answer composed from the best passages
/// with their codes cited, or a clear "not covered". A short follow-up borrows the previous question's terms.
/// </summary>
internal sealed partial class QuestionAnswerer
{
    private const int Take = 5;
    private const double ExpansionWeight = 0.6;
    private const double ContextWeight = 0.45;
    private const double MinimumScore = 2.0;
    private const double SupportRatio = 0.6;
    private const int MaxQuestionChars = 2000;

    private readonly KnowledgeBase _kb;
    private readonly Bm25Index _index;
    private readonly CrisisScreen _screen;
    private readonly SafetyGuidance _safety;

    public QuestionAnswerer(KnowledgeBase kb, CrisisScreen screen, SafetyGuidance safety)
    {
        _kb = kb;
        _index = new Bm25Index(kb.Passages);
        _screen = screen;
        _safety = safety;
    }

    [GeneratedRegex(@"(?<![\w-])(?:std-3\.1|p[1-9](?:\.\d)?|k[1-4]|(?:wa|sk|rm|bs|bv|ac|ctx)-[a-z0-9.\-]+)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"^(?:what about|how about|and|also|what if|in a|in the|for a|for the|same for|and for|does that|is that|does this|is this|what else|then|so|ok so|okay so|and what|but what|even|or)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpRegex();

    public QuestionAnswer Answer(string? question, string? previousQuestion)
    {
        var q = (question ?? "").Trim();
        if (q.Length > MaxQuestionChars) q = q[..MaxQuestionChars];
        if (q.Length == 0 || !q.Any(char.IsLetterOrDigit))
            return new QuestionAnswer(AnswerCopy.Empty, [], AnswerKind.NotCovered, []);
        var crisis = _screen.Screen(q);
        if (!crisis.IsCrisis && IsFollowUp(q, previousQuestion)) crisis = _screen.Screen(previousQuestion);
        if (crisis.IsCrisis)
            return new QuestionAnswer(_safety.For(crisis.AtRisk), [], AnswerKind.Crisis, []);

        var results = Retrieve(q, previousQuestion);
        if (results.Count == 0)
            return new QuestionAnswer(AnswerCopy.NotCovered, [], AnswerKind.NotCovered, []);

        var passages = results.Select(r => new RetrievedPassage(r.Passage.Code, r.Passage.Title, r.Passage.Text, r.Passage.Source, Math.Round(r.Score, 3))).ToList();
        var top = results[0];
        var support = results.Skip(1).Where(r => r.Score >= top.Score * SupportRatio).Take(2).ToList();
        var cited = new[] { top }.Concat(support).Select(r => r.Passage.Code).ToList();
        return new QuestionAnswer(Compose(top.Passage, support.Select(s => s.Passage).ToList()), cited, AnswerKind.Answered, passages);
    }

    /// <summary>Ranked passages for a question (empty when it is off topic); used by the answer and the benchmark.</summary>
    public List<(KnowledgePassage Passage, double Score)> Retrieve(string question, string? previousQuestion = null)
    {
        var lower = TextNormalizer.ForMatching(question);
        var query = new Dictionary<string, double>();
        AddTerms(query, lower, 1.0);
        var followUp = IsFollowUp(question, previousQuestion);
        if (followUp)
            AddTerms(query, TextNormalizer.ForMatching(previousQuestion!), ContextWeight);

        var ownContent = Bm25Index.Terms(Expand(lower)).Where(t => !QueryVocabulary.Generic.Contains(t) && _index.Knows(t)).ToList();
        var named = CodeRegex().Matches(lower).Select(m => m.Value.ToUpperInvariant()).Where(_kb.Contains).Distinct().ToList();
        if (ownContent.Count == 0 && named.Count == 0 && !followUp) return [];

        var results = _index.Search(query, Take);
        // A code named in the question ("what is P8?") is the answer, whatever the scores say.
        foreach (var code in Enumerable.Reverse(named))
        {
            results.RemoveAll(r => r.Passage.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
            results.Insert(0, (_kb.Get(code), (results.Count > 0 ? results[0].Score : MinimumScore) + 1));
        }
        if (results.Count == 0 || results[0].Score < MinimumScore) return [];
        return results.Take(Take).ToList();
    }

    private static bool IsFollowUp(string question, string? previous)
    {
        if (string.IsNullOrWhiteSpace(previous)) return false;
        var lower = TextNormalizer.ForMatching(question).Trim();
        var content = Bm25Index.Terms(lower).Count(t => !QueryVocabulary.Generic.Contains(t));
        return FollowUpRegex().IsMatch(lower) || content <= 2;
    }

    private void AddTerms(Dictionary<string, double> query, string lower, double weight)
    {
        foreach (var t in Bm25Index.Terms(lower))
            query[t] = Math.Max(query.GetValueOrDefault(t), weight);
        foreach (var t in Bm25Index.Terms(Expansions(lower)))
            query[t] = Math.Max(query.GetValueOrDefault(t), weight * ExpansionWeight);
        foreach (Match m in CodeRegex().Matches(lower))
            query[m.Value] = Math.Max(query.GetValueOrDefault(m.Value), weight * 2);
    }

    private static string Expand(string lower) => lower + " " + Expansions(lower);

    private static string Expansions(string lower)
    {
        var padded = " " + Regex.Replace(lower, @"[^\p{L}\p{N}'\- ]", " ") + " ";
        var sb = new StringBuilder();
        foreach (var (phrase, expansion) in QueryVocabulary.Synonyms)
            if (padded.Contains(" " + phrase + " ", StringComparison.Ordinal))
                sb.Append(' ').Append(expansion);
        return sb.ToString();
    }

    private static string Compose(KnowledgePassage top, IReadOnlyList<KnowledgePassage> support)
    {
        var sb = new StringBuilder();
        sb.Append(AnswerCopy.Lead).Append("\n\n");
        sb.Append("**").Append(top.Title).Append("** (").Append(top.Code).Append("): ").Append(top.Text).Append(' ');
        sb.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerCopy.Citation, top.Source));
        if (support.Count > 0)
        {
            sb.Append("\n\n").Append(AnswerCopy.SeeAlso);
            foreach (var p in support)
                sb.Append("\n- **").Append(p.Title).Append("** (").Append(p.Code).Append("): ").Append(p.Text);
        }
        return sb.ToString();
    }
}
