using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

public static class TurnContextExtensions
{
    public static Task<ResourceResponse> SendActivityAsync(
        this ITurnContext turnContext, string text, CancellationToken cancellationToken = default)
        => turnContext.SendActivityAsync(Activity.CreateMessage(text), cancellationToken);

    public static Task SendTypingAsync(this ITurnContext turnContext, CancellationToken cancellationToken = default)
        => turnContext.SendActivityAsync(Activity.CreateTyping(), cancellationToken);
}
