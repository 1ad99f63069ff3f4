namespace AllianceBot.Dialogs.Turns;

/// <summary>Runs middleware in order by recursive index, then the bot callback.</summary>
public sealed class MiddlewareSet
{
    private readonly List<IMiddleware> _middleware = [];

    public void Use(IMiddleware middleware) => _middleware.Add(middleware ?? throw new ArgumentNullException(nameof(middleware)));

    public Task ReceiveActivityAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
        => RunAsync(0, turnContext, callback, cancellationToken);

    private Task RunAsync(int index, ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
        => index == _middleware.Count
            ? callback(turnContext, cancellationToken)
            : _middleware[index].OnTurnAsync(turnContext, ct => RunAsync(index + 1, turnContext, callback, ct), cancellationToken);
}
