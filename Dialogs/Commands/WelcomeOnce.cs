using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Commands;

/// <summary>
/// The welcome card, once per install. Teams sends both an installationUpdate and a conversationUpdate
/// (members added) when the app is added; the first one to arrive welcomes and marks the conversation,
/// the other finds the mark. Removing the app clears it, so installing again welcomes again.
/// </summary>
public sealed class WelcomeOnce(ConversationState conversationState)
{
    public const string PropertyName = "welcome";

    private readonly IStatePropertyAccessor<WelcomeMark> _mark = conversationState.CreateProperty<WelcomeMark>(PropertyName);

    public async Task SendAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var mark = await _mark.GetAsync(turnContext, () => new WelcomeMark(), cancellationToken).ConfigureAwait(false);
        if (mark.Sent)
        {
            return;
        }
        mark.Sent = true;
        await turnContext.SendActivityAsync(WelcomeCard.Create(), cancellationToken).ConfigureAwait(false);
    }

    public Task ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken) => _mark.DeleteAsync(turnContext, cancellationToken);

    public sealed class WelcomeMark
    {
        public bool Sent { get; set; }
    }
}
