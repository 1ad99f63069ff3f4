using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Telemetry;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Safety;

namespace AllianceBot.Dialogs.Safety;

/// <summary>
/// Safety before everything else: screens every piece of free text in a turn, in any state, and when
/// it reports imminent risk sends the safety guidance first, marks an open debrief (which is kept
/// and carries on), and tells the practitioner's supervisor at once (who, when, the client code; never
/// what was written). The caller then lets an open dialog take the message as usual, and routes
/// nothing else: no command list, no citation.
/// </summary>
public sealed class CrisisResponder(ISupervisionReasoning reasoning, DraftStore drafts, ISupervisorNotifier notifier,
    ConversationState conversationState, TimeProvider time, SafetyOptions? options = null)
{
    public const string PropertyName = "safety";

    private readonly SafetyOptions _options = options ?? new SafetyOptions();
    private readonly SafetyGuidance _guidance = SafetyGuidance.LoadEmbedded((options ?? new SafetyOptions()).Resources);
    private readonly IStatePropertyAccessor<SafetyMemory> _memory = conversationState.CreateProperty<SafetyMemory>(PropertyName);

    public SafetyGuidance Guidance => _guidance;

    /// <param name="inDebrief">True when a debrief dialog is open in this conversation.</param>
    public async Task<CrisisVerdict> RespondAsync(ITurnContext turnContext, bool inDebrief, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var verdict = Screen(turnContext);
        BotMetrics.CrisisScreened(inDebrief ? "debrief" : "chat", verdict.IsCrisis);
        if (!verdict.IsCrisis) return verdict;

        await turnContext.SendActivityAsync(_guidance.For(verdict.AtRisk), cancellationToken).ConfigureAwait(false);
        var draft = inDebrief ? await drafts.GetAsync(turnContext, cancellationToken).ConfigureAwait(false) : null;
        var now = time.GetUtcNow();
        if (draft is not null)
        {
            draft.CrisisReportedAt ??= now;
        }
        if (await NotifyAsync(turnContext, draft, now, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(_guidance.SupervisorTold, cancellationToken).ConfigureAwait(false);
        }
        if (draft is not null)
        {
            await turnContext.SendActivityAsync(_guidance.DebriefKept, cancellationToken).ConfigureAwait(false);
        }
        return verdict;
    }

    private CrisisVerdict Screen(ITurnContext turnContext)
    {
        foreach (var text in TurnTexts.Of(turnContext.Activity))
        {
            var verdict = reasoning.Screen(text);
            if (verdict.IsCrisis) return verdict;
        }
        return CrisisVerdict.None;
    }

    // One notice per debrief; outside a debrief, one per conversation within the notice interval.
    private async Task<bool> NotifyAsync(ITurnContext turnContext, DebriefDraft? draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!_options.NotifySupervisor) return false;
        if (draft is not null)
        {
            if (draft.CrisisNotified) return false;
        }
        else
        {
            var memory = await _memory.GetAsync(turnContext, () => new SafetyMemory(), cancellationToken).ConfigureAwait(false);
            if (memory.LastNoticeAt is { } last && now - last < _options.NoticeInterval) return false;
            memory.LastNoticeAt = now;
        }
        var practitioner = DebriefDialog.Practitioner(turnContext);
        var told = await notifier.NotifyCrisisAsync(
            new CrisisNotice(practitioner.Id, practitioner.Name, draft?.ClientCode, now, InDebrief: draft is not null, draft?.DebriefId), cancellationToken).ConfigureAwait(false);
        if (draft is not null) draft.CrisisNotified = told;
        return told;
    }
}
