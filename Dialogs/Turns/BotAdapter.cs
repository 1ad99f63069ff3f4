using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

/// <summary>
/// The seam between the bot and a channel. The HTTP adapter (Bot/), the terminal chat and the
/// test adapter all derive from it; dialogs only ever see <see cref="ITurnContext"/>.
/// </summary>
public abstract class BotAdapter
{
    private readonly MiddlewareSet _middleware = new();

    /// <summary>Called with any exception that escapes the bot or its middleware.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        _middleware.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(
        ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(
        ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="callback"/> in a turn addressed to a stored conversation (proactive messages).</summary>
    public abstract Task ContinueConversationAsync(
        ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken);

    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        try
        {
            await _middleware.ReceiveActivityAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
    }
}
