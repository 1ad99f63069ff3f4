using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The debrief draft in conversation state. It lives beside the dialog stack rather than in the
/// waterfall's step data because it outlives the dialog: cancel keeps it for later, "debrief" brings
/// it back, a failed save keeps it, and a restart reloads it with the rest of the conversation.
/// </summary>
public sealed class DraftStore(ConversationState conversationState)
{
    public const string PropertyName = "debriefDraft";

    private readonly IStatePropertyAccessor<DraftSlot> _slot = conversationState.CreateProperty<DraftSlot>(PropertyName);

    public async Task<DebriefDraft?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => (await _slot.GetAsync(turnContext, () => new DraftSlot(), cancellationToken).ConfigureAwait(false)).Draft;

    public async Task SetAsync(ITurnContext turnContext, DebriefDraft draft, CancellationToken cancellationToken)
        => (await _slot.GetAsync(turnContext, () => new DraftSlot(), cancellationToken).ConfigureAwait(false)).Draft = draft;

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _slot.DeleteAsync(turnContext, cancellationToken);

    public sealed class DraftSlot
    {
        public DebriefDraft? Draft { get; set; }
    }
}
