namespace AllianceBot.Dialogs.Turns;

public delegate Task NextDelegate(CancellationToken cancellationToken);

public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
