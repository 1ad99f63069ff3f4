using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Questions;
using AllianceBot.Prompts.Safety;
using AllianceBot.Prompts.Summaries;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// What the dialogs ask of the supervision engine (Prompts/), in one narrow seam: the offline
/// engine by default (<see cref="OfflineReasoning"/>), a model-enriched one where configured.
/// </summary>
public interface ISupervisionReasoning
{
    /// <summary>Stored with every debrief record.</summary>
    string Version { get; }

    KnowledgeBase Knowledge { get; }

    DebriefAnalysis Analyze(DebriefInput input);

    DebriefSummary Summarize(DebriefInput input, DebriefAnalysis analysis);

    QuestionAnswer Answer(string question, string? previousQuestion);

    /// <summary>Imminent risk in one text (every message is screened before anything else).</summary>
    CrisisVerdict Screen(string text);

    /// <summary>The text with emails, phone numbers and other identifiers replaced by masks.</summary>
    string Mask(string text);

    bool LooksLikePersonalIdentifier(string text);
}
