using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot;

/// <summary>
/// A stand-in bot so the wire can run end to end before the dialog bot is registered: it echoes,
/// counts the turns of the conversation in ConversationState and greets new members.
/// </summary>
public sealed class EchoBot(ConversationState conversationState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<EchoCounter> _counter = conversationState.CreateProperty<EchoCounter>("echoCounter");

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var counter = await _counter.GetAsync(turnContext, () => new EchoCounter(), cancellationToken).ConfigureAwait(false);
        counter.Turns++;
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync($"Echo ({counter.Turns}): {turnContext.Activity.TextWithoutMention()}", cancellationToken).ConfigureAwait(false);
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<Dialogs.Schema.ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        => turnContext.SendActivityAsync("Hello! I'm AllianceBot (echo mode). Say something.", cancellationToken);

    public sealed class EchoCounter
    {
        public int Turns { get; set; }
    }
}
