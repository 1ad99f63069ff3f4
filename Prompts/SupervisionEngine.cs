using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Meaning;
using AllianceBot.Prompts.Privacy;
using AllianceBot.Prompts.Questions;
using AllianceBot.Prompts.Safety;
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
    public const string Version = "2.0.0";

    /// <summary>The code of the finding that marks imminent risk in a debrief.</summary>
    public const string CrisisCode = "CRISIS";

    private readonly DebriefDetector _detector;
    private readonly PromptSelector _selector;
    private readonly QuestionAnswerer _answerer;
    private readonly DebriefSummarizer _summarizer;
    private readonly CrisisScreen _screen;

    private SupervisionEngine(KnowledgeBase knowledge, ITextEmbedder? embedder)
    {
        Knowledge = knowledge;
        Masker = new IdentifierMasker();
        Safety = SafetyGuidance.LoadEmbedded();
        _screen = new CrisisScreen(embedder);
        _detector = new DebriefDetector(knowledge, embedder is null ? null : new TrainedSigns(embedder));
        _selector = new PromptSelector(SupervisionCopy.LoadEmbedded(knowledge), knowledge);
        // The sentence-embedding model is loaded once per process and shared (Meaning/SharedEmbedder).
        _answerer = QuestionAnswerer.Create(knowledge, SharedEmbedder.Instance, Safety);
        _summarizer = new DebriefSummarizer(knowledge, Masker);
    }

    public KnowledgeBase Knowledge { get; }

    public IdentifierMasker Masker { get; }

    /// <summary>The safety guidance with the default resources; a host renders its own with <see cref="SafetyGuidance.With"/>.</summary>
    public SafetyGuidance Safety { get; }

    /// <summary>
    /// Loads and validates the embedded knowledge base and copy (throws <see cref="KnowledgeBaseException"/> if
    /// broken), with the process's shared sentence-embedding model for the semantic layers.
    /// </summary>
    public static SupervisionEngine CreateDefault() => new(KnowledgeBaseLoader.LoadEmbedded(), SharedEmbedder.Instance);

    /// <summary>Screens one text for imminent risk (every message, in every state, before anything else).</summary>
    public CrisisVerdict Screen(string? text) => _screen.Screen(text);

    public DebriefAnalysis Analyze(DebriefInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var findings = WithCrisis(input, _detector.FindConcerns(input));
        var strengths = _detector.FindStrengths(input);
        return new DebriefAnalysis(
            findings,
            _selector.ChoosePrompts(input, findings, strengths),
            _selector.ChooseWentWell(input, findings, strengths),
            _selector.ChooseReflectionQuestions(input, findings));
    }

    // Imminent risk anywhere in the debrief's free text comes first among the findings.
    private IReadOnlyList<Finding> WithCrisis(DebriefInput input, IReadOnlyList<Finding> findings)
    {
        var texts = new List<(string Field, string? Text)> { (FindingFields.Narrative, input.Narrative), (FindingFields.NextSteps, input.NextSteps) };
        texts.AddRange((input.Reflections ?? []).Select(r => (FindingFields.Reflection, (string?)r)));
        foreach (var (field, text) in texts)
        {
            var verdict = _screen.Screen(text);
            if (!verdict.IsCrisis) continue;
            var crisis = new Finding(CrisisCode, Severity.Crisis, text!.Substring(verdict.Start, verdict.Length), verdict.Start, verdict.Length, FindingSource.Detected, field);
            return [crisis, .. findings];
        }
        return findings;
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
