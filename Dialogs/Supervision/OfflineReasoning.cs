using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Questions;
using AllianceBot.Prompts.Safety;
using AllianceBot.Prompts.Summaries;
using AllianceBot.Prompts.Supervision;
using AllianceBot.Prompts;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// The offline supervision engine behind the dialogs' seam. Share one: the engine is immutable and the
/// memo of recent analyses is thread-safe.
/// </summary>
public sealed class OfflineReasoning(SupervisionEngine engine) : ISupervisionReasoning
{
    private readonly AnalysisMemo _analyses = new();

    public static OfflineReasoning CreateDefault() => new(SupervisionEngine.CreateDefault());

    public string Version => SupervisionEngine.Version;

    public KnowledgeBase Knowledge => engine.Knowledge;

    public DebriefAnalysis Analyze(DebriefInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _analyses.GetOrAdd(input, engine.Analyze);
    }

    public DebriefSummary Summarize(DebriefInput input, DebriefAnalysis analysis) => engine.Summarize(input, analysis);

    public QuestionAnswer Answer(string question, string? previousQuestion) => engine.Answer(question, previousQuestion);

    public CrisisVerdict Screen(string text) => engine.Screen(text);

    public string Mask(string text) => engine.Masker.Mask(text).Text;

    public bool LooksLikePersonalIdentifier(string text) => engine.Masker.LooksLikePersonalIdentifier(text);
}
