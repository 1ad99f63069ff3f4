using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The debrief drafts in conversation state, one per person in the conversation (keyed by
/// <see cref="UserIdentity"/>), so nobody else in a chat can read, resume or confirm it. A draft
/// lives beside the dialog stack rather than in the waterfall's step data because it outlives the
/// dialog: cancel keeps it for later, "debrief" brings it back, a failed save keeps it. One untouched
/// for longer than the draft lifetime is gone: deleted when it is next read, and by the sweep
/// (<see cref="DraftExpiry"/>) when its owner never comes back. One that must reach the supervisor
/// leaves a tombstone and a notice first (<see cref="ExpiredDraftReporter"/>).
/// </summary>
public sealed class DraftStore(ConversationState conversationState, TimeProvider time, TimeSpan lifetime, ExpiredDraftReporter expired)
{
    /// <summary>The state properties holding drafts start with this; the rest is the owner's identity.</summary>
    public const string PropertyPrefix = "debriefDraft:";

    /// <remarks>
    /// When the archive is down, the tombstone of an expired draft that disclosed a serious concern cannot
    /// be saved: <see cref="StorageUnavailableException"/> then fails the turn (the runner tells the
    /// practitioner), and the draft stays until a turn or the sweep can report it.
    /// </remarks>
    public async Task<DebriefDraft?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var slot = await SlotAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (slot.Draft is { } draft && DraftExpiry.IsExpired(draft, time.GetUtcNow(), lifetime))
        {
            if (draft.MustReachSupervisor)
            {
                // The tombstone and the notice act outside the conversation: not from a stale copy of a draft touched elsewhere since.
                await conversationState.EnsureCurrentAsync(turnContext, cancellationToken).ConfigureAwait(false);
                await expired.ReportAsync(draft, DebriefDialog.Practitioner(turnContext), cancellationToken).ConfigureAwait(false);
                turnContext.TurnState.Set(ReportedKey, draft);
            }
            await DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return null;
        }
        return slot.Draft;
    }

    /// <summary>True when this turn found its draft expired and kept a tombstone of it and told the supervisor.</summary>
    public static bool ReportedExpiry(ITurnContext turnContext)
        => turnContext?.TurnState.Get<DebriefDraft>(ReportedKey) is not null;

    private const string ReportedKey = "debrief.expiredAndReported";

    public async Task SetAsync(ITurnContext turnContext, DebriefDraft draft, CancellationToken cancellationToken)
        => (await SlotAsync(turnContext, cancellationToken).ConfigureAwait(false)).Draft = draft;

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => Accessor(turnContext).DeleteAsync(turnContext, cancellationToken);

    /// <summary>
    /// Before a draft leaves the conversation (archived at confirm): the store confirms this turn's copy
    /// of the conversation is the stored one, or throws <see cref="StaleTurnException"/> and the turn runs
    /// again on it. A draft another instance discarded or changed is never archived from an old copy.
    /// </summary>
    public Task EnsureCurrentAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => conversationState.EnsureCurrentAsync(turnContext, cancellationToken);

    public static string PropertyFor(string identity) => PropertyPrefix + identity;

    private Task<DraftSlot> SlotAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => Accessor(turnContext).GetAsync(turnContext, () => new DraftSlot(), cancellationToken);

    private IStatePropertyAccessor<DraftSlot> Accessor(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var identity = UserIdentity.Of(turnContext.Activity)
            ?? throw new InvalidOperationException("The activity names no user; the endpoint refuses such activities.");
        return conversationState.CreateProperty<DraftSlot>(PropertyFor(identity));
    }

    public sealed class DraftSlot
    {
        public DebriefDraft? Draft { get; set; }
    }
}
