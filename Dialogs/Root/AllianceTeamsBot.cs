using AllianceBot.Dialogs.Bots;
using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Safety;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Root;

/// <summary>
/// The root bot: every message is first screened for imminent risk (safety guidance comes before
/// anything else); then it continues the open dialog (debrief, delete), which is kept and carries on,
/// or goes to the command router unless it reported a crisis; install and "members added" get the
/// welcome card, once per install. Conversation state (dialog stack,
/// debrief draft, last question) is saved here, once at the end of the turn, with its ETag: the turn's one save.
/// </summary>
public sealed class AllianceTeamsBot : ActivityHandler
{
    private readonly ConversationState _conversationState;
    private readonly DialogSet _dialogs;
    private readonly CommandRouter _router;
    private readonly CrisisResponder _crisis;
    private readonly WelcomeOnce _welcome;

    public AllianceTeamsBot(ConversationState conversationState, IEnumerable<Dialog> dialogs, CommandRouter router, CrisisResponder crisis)
    {
        _crisis = crisis ?? throw new ArgumentNullException(nameof(crisis));
        ArgumentNullException.ThrowIfNull(dialogs);
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _router = router ?? throw new ArgumentNullException(nameof(router));
        _welcome = new WelcomeOnce(conversationState);
        _dialogs = new DialogSet(conversationState.CreateProperty<DialogState>(DialogBot.DialogStateProperty));
        foreach (var dialog in dialogs)
        {
            _dialogs.Add(dialog);
        }
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var crisis = await _crisis.RespondAsync(turnContext, dc.ActiveDialog is not null, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is not null)
        {
            if (dc.ActiveDialog.Id != DebriefDialog.DialogId)
            {
                // The other dialogs are short questions whose answer acts on the archive (delete): answered
                // from a stale copy of the conversation, the store says so first. The debrief asks at its confirm.
                await _conversationState.EnsureCurrentAsync(turnContext, cancellationToken).ConfigureAwait(false);
            }
            // Nothing is lost: the open step takes the message as usual (a narrative keeps it).
            await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!crisis.IsCrisis)
        {
            await _router.RouteAsync(dc, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        => _welcome.SendAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => turnContext.Activity.Action switch
        {
            { } add when add.StartsWith("add", StringComparison.OrdinalIgnoreCase) => _welcome.SendAsync(turnContext, cancellationToken),
            { } remove when remove.StartsWith("remove", StringComparison.OrdinalIgnoreCase) => _welcome.ForgetAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
}
