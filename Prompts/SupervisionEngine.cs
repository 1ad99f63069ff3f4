using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Meaning;
using AllianceBot.Prompts.Privacy;
using AllianceBot.Prompts.Questions;
using AllianceBot.Prompts.Summaries;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Prompts;

/// <summary>
/// The offline supervision engine: knowledge base, detectors, prompt selection, summaries and
/// question answering. Create once with <see cref="CreateDefault"/> and share; it holds no mutable
/// state, so concurrent calls are safe.
/// </summary>
public sealed class SupervisionEngine
{
    /// <summary>Stored with every debrief record so a summary can be traced to the rules that made it.</summary>
    public const string Version = "1.0.0";

    private readonly DebriefDetector _detector;
    private readonly PromptSelector _selector;
    private readonly QuestionAnswerer _answerer;
    private readonly DebriefSummarizer _summarizer;

    private SupervisionEngine(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        Masker = new IdentifierMasker();
        _detector = new DebriefDetector(knowledge);
        _selector = new PromptSelector(SupervisionCopy.LoadEmbedded(knowledge), knowledge);
        // The sentence-embedding model is loaded once per process and shared (Meaning/SharedEmbedder).
        _answerer = QuestionAnswerer.Create(knowledge, SharedEmbedder.Instance);
        _summarizer = new DebriefSummarizer(knowledge, Masker);
    }

    public KnowledgeBase Knowledge { get; }

    public IdentifierMasker Masker { get; }

    /// <summary>Loads and validates the embedded knowledge base and copy; throws <see cref="KnowledgeBaseException"/> if broken.</summary>
    public static SupervisionEngine CreateDefault() => new(KnowledgeBaseLoader.LoadEmbedded());

    public DebriefAnalysis Analyze(DebriefInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var findings = _detector.FindConcerns(input);
        var strengths = _detector.FindStrengths(input);
        return new DebriefAnalysis(
            findings,
            _selector.ChoosePrompts(input, findings, strengths),
            _selector.ChooseWentWell(input, findings, strengths),
            _selector.ChooseReflectionQuestions(input, findings));
    }

    /// <summary>Findings in a single answer typed mid-dialog (e.g. the reply to a reflection question).</summary>
    public IReadOnlyList<Finding> Scan(string? text, string field = FindingFields.Narrative) => _detector.FindInText(text, field);

    public QuestionAnswer Answer(string question, string? previousQuestion = null) => _answerer.Answer(question, previousQuestion);

    public DebriefSummary Summarize(DebriefInput input, DebriefAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(analysis);
        return _summarizer.Summarize(input, analysis);
    }
}
