using System.Globalization;
using System.Text;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Meaning;
using AllianceBot.Prompts.Safety;

namespace AllianceBot.Prompts.Questions;

/// <summary>
/// Answers a practitioner's message from the knowledge base: the safety screen first, then hybrid
/// retrieval (<see cref="HybridRetriever"/>) fused and judged for scope by the trained scorers, then
/// either an answer composed from the best passages with their codes cited, or a plain "not
/// covered" that cites nothing. A follow-up is read with the message before it.
/// </summary>
internal sealed class QuestionAnswerer
{
    /// <summary>Passages handed on (to the model, when one is configured, and to the caller).</summary>
    private const int Take = 5;

    /// <summary>A passage is cited beside the best one when its score is at least this share of the best.</summary>
    private const float SupportRatio = 0.6f;

    /// <summary>A message leaning this much on a crisis message is answered as the crisis it continues.</summary>
    private const float CrisisCarryOver = 0.75f;

    private const int MaxQuestionChars = 2000;

    private readonly KnowledgeBase _kb;
    private readonly HybridRetriever _retriever;
    private readonly QuestionScorers _scorers;
    private readonly CrisisScreen _crisis;
    private readonly SafetyGuidance _safety;

    public QuestionAnswerer(KnowledgeBase kb, HybridRetriever retriever, QuestionScorers scorers, CrisisScreen crisis, SafetyGuidance safety)
    {
        _kb = kb;
        _retriever = retriever;
        _scorers = scorers;
        _crisis = crisis;
        _safety = safety;
    }

    /// <summary>
    /// The answerer on the embedded data: vectors stored by the training program where the text is
    /// unchanged (the rest are embedded now), the training split's example vectors and the trained scorers.
    /// </summary>
    public static QuestionAnswerer Create(KnowledgeBase kb, ITextEmbedder embedder, SafetyGuidance safety)
    {
        var stored = QuestionVectorFile.LoadEmbedded();
        if (stored is not null && stored.EmbeddingModel != embedder.ModelName) stored = null;
        var notCovered = NotCoveredExamples.LoadEmbedded();
        var notCoveredVectors = StoredVectors.Lookup(embedder, stored, notCovered);
        var examples = (stored?.Examples ?? []).Select(e => new LabelledExample(e.Codes, VectorCodec.Decode(e.Vector)))
            .Concat(notCoveredVectors.Select(v => new LabelledExample([], v)));
        var retriever = new HybridRetriever(kb, embedder, new DenseIndex(kb, embedder, stored), new ExampleIndex(kb, examples));
        // The safety screen's cue layer only: its semantic layer (first cut) flags about one question in
        // ten as a crisis (53 of 556 corpus messages, Dec 2026); it runs where the bot screens every message.
        return new QuestionAnswerer(kb, retriever, QuestionScorers.LoadEmbedded(embedder.ModelName), new CrisisScreen(embedder: null), safety);
    }

    public QuestionAnswer Answer(string? question, string? previousQuestion)
    {
        var q = (question ?? "").Trim();
        if (q.Length > MaxQuestionChars) q = q[..MaxQuestionChars];
        if (q.Length == 0 || !q.Any(char.IsLetterOrDigit))
            return new QuestionAnswer(AnswerCopy.Empty, [], AnswerKind.NotCovered, []);
        var previous = string.IsNullOrWhiteSpace(previousQuestion) ? null : previousQuestion.Trim();
        if (previous is { Length: > MaxQuestionChars }) previous = previous[..MaxQuestionChars];
        var crisis = _crisis.Screen(q);
        if (!crisis.IsCrisis && previous is not null && FollowUp.Dependence(q, previous) >= CrisisCarryOver) crisis = _crisis.Screen(previous);
        // The wording is the safety guidance's (one place for the clinical lead), addressed to whoever is at risk.
        if (crisis.IsCrisis)
            return new QuestionAnswer(_safety.For(crisis.AtRisk), [], AnswerKind.Crisis, []);

        var retrieval = Retrieve(q, previous);
        if (!retrieval.Covered)
            return new QuestionAnswer(AnswerCopy.NotCovered, [], AnswerKind.NotCovered, []);

        var ranked = retrieval.Ranked.Take(Take).Select(r => (Passage: _kb.Passages[r.Passage], r.Score)).ToList();
        var passages = ranked.Select(r => new RetrievedPassage(r.Passage.Code, r.Passage.Title, r.Passage.Text, r.Passage.Source, Math.Round(r.Score, 3))).ToList();
        var top = ranked[0];
        var support = ranked.Skip(1).Where(r => r.Score >= top.Score * SupportRatio).Take(2).Select(r => r.Passage).ToList();
        var cited = support.Prepend(top.Passage).Select(p => p.Code).ToList();
        return new QuestionAnswer(Compose(top.Passage, support), cited, AnswerKind.Answered, passages);
    }

    /// <summary>Passages ranked for a message and the scope decision (the quality benchmark reads this).</summary>
    public Retrieval Retrieve(string question, string? previousQuestion = null)
    {
        var named = LexicalQuery.NamedCodes(question).Where(_kb.Contains).ToList();
        var retrieval = _scorers.Apply(_retriever.Read(question, previousQuestion), _kb.Passages, named.Count > 0);
        if (named.Count == 0) return retrieval;
        // A code named in the message ("what does P8 say?") is the answer, whatever the scores say.
        var first = named.Select(c => _kb.Passages.Select((p, i) => (p.Code, i)).First(x => x.Code.Equals(c, StringComparison.OrdinalIgnoreCase)).i).ToList();
        var top = retrieval.Ranked[0].Score;
        var ranked = first.Select(i => (i, top)).Concat(retrieval.Ranked.Where(r => !first.Contains(r.Passage))).ToList();
        return retrieval with { Ranked = ranked };
    }

    private static string Compose(KnowledgePassage top, IReadOnlyList<KnowledgePassage> support)
    {
        var sb = new StringBuilder();
        sb.Append(AnswerCopy.Lead).Append("\n\n");
        sb.Append("**").Append(top.Title).Append("** (").Append(top.Code).Append("): ").Append(top.Text).Append(' ');
        sb.Append(string.Format(CultureInfo.InvariantCulture, AnswerCopy.Citation, top.Source));
        if (support.Count > 0)
        {
            sb.Append("\n\n").Append(AnswerCopy.SeeAlso);
            foreach (var p in support)
                sb.Append("\n- **").Append(p.Title).Append("** (").Append(p.Code).Append("): ").Append(p.Text);
        }
        return sb.ToString();
    }
}
