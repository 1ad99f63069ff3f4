namespace AllianceBot.Dialogs.Turns;

public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
