using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Bots;

/// <summary>
/// Runs one root dialog on every message (typed or an Adaptive Card Action.Submit, which Teams sends
/// as a message with a value) and saves conversation state at the end of the turn (the turn's one
/// save). A <see cref="StorageConflictException"/> from the save is deliberately not caught: the
/// turn runner runs the whole turn again against the fresh state.
/// </summary>
public sealed class DialogBot<TDialog>(TDialog dialog, ConversationState conversationState, string welcomeText = DialogBot.DefaultWelcome)
    : ActivityHandler where TDialog : Dialog
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(DialogBot.DialogStateProperty);

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => dialog.RunAsync(turnContext, _dialogState, cancellationToken);

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(welcomeText, cancellationToken).ConfigureAwait(false);
    }
}

public static class DialogBot
{
    /// <summary>The conversation-state property that holds the dialog stack.</summary>
    public const string DialogStateProperty = "dialogState";

    public const string DefaultWelcome = "Hello! Send me a message to get started.";
}
