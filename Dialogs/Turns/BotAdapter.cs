using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

/// <summary>
/// The seam between the bot and a channel: how replies reach it. The HTTP adapter (Bot/), the
/// terminal chat and the test adapter all derive from it and run their inbound activities through
/// the one <see cref="TurnRunner"/>; dialogs only ever see <see cref="ITurnContext"/>.
/// </summary>
public abstract class BotAdapter
{
    private readonly MiddlewareSet _middleware = new();

    /// <summary>
    /// Called with any exception that escapes the bot or its middleware (usually
    /// <see cref="TurnRunner.StartOverAsync"/>). Without one, the exception goes to whoever ran the turn.
    /// </summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        _middleware.Use(middleware);
        return this;
    }

    /// <summary>The context a turn of this channel runs in; an adapter adds what its own sends need.</summary>
    public virtual TurnContext CreateTurnContext(Activity activity) => new(this, activity);

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(
        ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(
        ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="callback"/> in a turn addressed to a stored conversation (proactive messages).</summary>
    public abstract Task ContinueConversationAsync(
        ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken);

    /// <summary>The middleware, then <paramref name="callback"/>; exceptions go to the caller (the turn runner decides).</summary>
    internal Task RunMiddlewareAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
        => _middleware.ReceiveActivityAsync(turnContext, callback, cancellationToken);

    /// <summary>A turn outside the runner (a proactive one, which has no state of its own): failures go to <see cref="OnTurnError"/>.</summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        try
        {
            await RunMiddlewareAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
    }
}
