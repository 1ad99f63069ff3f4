using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Dialogs.Turns;

/// <summary>
/// Runs one inbound activity as a turn, the same way for every channel (HTTP, terminal, tests):
/// <list type="number">
/// <item>drop a redelivery seen in the last minutes (<see cref="RecentActivities"/>);</item>
/// <item>wait for the conversation's turn before it (<see cref="ConversationLocks"/>);</item>
/// <item>load the conversation state, starting from this instance's own copy on a first attempt;</item>
/// <item>drop a redelivery the state has recorded (another instance, a restart) and record this one;</item>
/// <item>run the bot, its replies held; the bot's end-of-turn save is the save, with its ETag;</item>
/// <item>flush the replies.</item>
/// </list>
/// A save that loses an ETag race, or a step that finds its copy stale, runs the turn again on the
/// stored state (the lost attempt's replies are dropped); an unreachable store, or three lost races,
/// gets the user plain words asking them to send again.
/// </summary>
public sealed class TurnRunner(ConversationState state, RecentActivities recent, ConversationLocks locks, ILogger<TurnRunner> logger)
{
    private const int MaxAttempts = 3;

    private readonly IStatePropertyAccessor<ProcessedActivities> _processed = state.CreateProperty<ProcessedActivities>(ProcessedActivities.PropertyName);

    public async Task<TurnResult> RunAsync(BotAdapter adapter, Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        var conversationKey = ConversationState.KeyFor(activity.ChannelId ?? string.Empty, conversationId);
        var dedupeKey = activity.Id is { Length: > 0 } id ? conversationKey + "|" + id : null;
        if (dedupeKey is not null && !recent.TryBegin(dedupeKey))
        {
            logger.DuplicateActivity(conversationId, "memory");
            return new TurnResult(TurnOutcome.Duplicate);
        }

        // Every log line of the turn carries these ids (never the text).
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationId"] = conversationId,
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
        });
        TurnResult result;
        using (await locks.AcquireAsync(conversationKey, cancellationToken).ConfigureAwait(false))
        {
            result = await RunWithRetriesAsync(adapter, activity, bot, cancellationToken).ConfigureAwait(false);
        }
        if (result.Outcome == TurnOutcome.NotSaved && dedupeKey is not null)
        {
            recent.Forget(dedupeKey);
        }
        return result;
    }

    /// <summary>
    /// The usual <see cref="BotAdapter.OnTurnError"/>: a poisoned dialog stack would fail the same way
    /// on every message, so the conversation starts over, and the user is told so.
    /// </summary>
    public async Task StartOverAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var conversationId = turnContext.Activity.Conversation?.Id ?? "?";
        logger.TurnFailed(exception.GetType().FullName ?? exception.GetType().Name, conversationId, exception.StackTrace);
        state.Clear(turnContext);
        await SendQuietlyAsync(turnContext, TurnCopy.SomethingWentWrong).ConfigureAwait(false);
    }

    private async Task<TurnResult> RunWithRetriesAsync(BotAdapter adapter, Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        TurnContext? context = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            context = adapter.CreateTurnContext(activity);
            context.HoldReplies();
            try
            {
                // A first attempt may start from this instance's own copy; a retry follows a conflict, so it reads the store.
                var result = await RunOnceAsync(adapter, context, bot, ownCopy: attempt == 1, cancellationToken).ConfigureAwait(false);
                if (result.Outcome == TurnOutcome.Completed)
                {
                    await FlushAsync(adapter, context, cancellationToken).ConfigureAwait(false);
                }
                return result;
            }
            catch (Exception ex) when (ex is StorageConflictException or StaleTurnException)
            {
                // Someone else saved this conversation first: drop this attempt's replies and state, run again on theirs.
                logger.TurnConflict(conversationId, attempt);
            }
            catch (StorageUnavailableException ex)
            {
                logger.TurnStorageUnavailable(ex.GetType().Name, conversationId);
                context.ReleaseHeld();
                await SendQuietlyAsync(context, TurnCopy.StorageUnavailable).ConfigureAwait(false);
                return new TurnResult(TurnOutcome.NotSaved);
            }
        }
        logger.TurnConflictGaveUp(conversationId, MaxAttempts);
        context!.ReleaseHeld();
        await SendQuietlyAsync(context, TurnCopy.SaveConflict).ConfigureAwait(false);
        return new TurnResult(TurnOutcome.NotSaved);
    }

    private async Task<TurnResult> RunOnceAsync(BotAdapter adapter, TurnContext context, BotCallbackHandler bot, bool ownCopy, CancellationToken cancellationToken)
    {
        await LoadAsync(context, ownCopy, cancellationToken).ConfigureAwait(false);
        var activityId = context.Activity.Id;
        if (activityId is { Length: > 0 } && !await RecordAsync(context, activityId, cancellationToken).ConfigureAwait(false))
        {
            logger.DuplicateActivity(context.Activity.Conversation!.Id!, "state");
            return new TurnResult(TurnOutcome.Duplicate);
        }

        var failed = await RunBotAsync(adapter, context, bot, cancellationToken).ConfigureAwait(false);
        if (failed && activityId is { Length: > 0 })
        {
            // The error handler cleared the conversation; the id stays recorded, so a redelivery does not fail it again.
            await RecordAsync(context, activityId, cancellationToken).ConfigureAwait(false);
        }
        // The bot's own save is the save; a bot that never saves, or a turn that failed, is saved here.
        if (failed || !state.SaveRequested(context))
        {
            await state.SaveChangesAsync(context, false, cancellationToken).ConfigureAwait(false);
        }
        // A turn that wrote nothing made no conditional write: its replies go out only if its copy was current.
        await state.EnsureCurrentAsync(context, cancellationToken).ConfigureAwait(false);
        return new TurnResult(TurnOutcome.Completed, context.TurnState.Get<InvokeResponse>());
    }

    /// <returns>True when the bot failed and the adapter's error handler took it.</returns>
    /// <remarks>
    /// Storage failures are the runner's (run again, or tell the user), never the error handler's,
    /// which would clear the conversation; without a handler a failure goes to whoever ran the turn.
    /// </remarks>
    private static async Task<bool> RunBotAsync(BotAdapter adapter, TurnContext context, BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        try
        {
            await adapter.RunMiddlewareAsync(context, bot, cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (Exception ex) when (adapter.OnTurnError is { } onError && !IsRunnersToHandle(ex))
        {
            await onError(context, ex).ConfigureAwait(false);
            return true;
        }
    }

    private static bool IsRunnersToHandle(Exception ex)
        => ex is StorageConflictException or StaleTurnException or StorageUnavailableException or OperationCanceledException;

    /// <summary>
    /// Loads the conversation document; one that cannot be read at all would fail every later turn
    /// the same way, so it is deleted and the conversation starts over.
    /// </summary>
    private async Task LoadAsync(TurnContext context, bool ownCopy, CancellationToken cancellationToken)
    {
        try
        {
            if (ownCopy)
            {
                await state.LoadOwnCopyAsync(context, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await state.LoadAsync(context, force: true, cancellationToken).ConfigureAwait(false);
            }
            await _processed.GetAsync(context, () => new ProcessedActivities(), cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            logger.UnreadableStateDiscarded(context.Activity.Conversation!.Id!);
            await state.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
            await state.LoadAsync(context, force: true, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records the activity id in the conversation state, so the bot's save carries it; false when it was already there.</summary>
    private async Task<bool> RecordAsync(TurnContext context, string activityId, CancellationToken cancellationToken)
    {
        var processed = await _processed.GetAsync(context, () => new ProcessedActivities(), cancellationToken).ConfigureAwait(false);
        if (processed.Contains(activityId))
        {
            return false;
        }
        processed.Add(activityId);
        return true;
    }

    /// <summary>The state is saved: a reply that cannot be delivered is logged rather than turned into a redelivery loop.</summary>
    private async Task FlushAsync(BotAdapter adapter, TurnContext context, CancellationToken cancellationToken)
    {
        foreach (var activity in context.ReleaseHeld())
        {
            try
            {
                await adapter.SendActivitiesAsync(context, [activity], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.ReplyNotDelivered(ex.GetType().Name, context.Activity.Conversation?.Id ?? "?");
                return;
            }
        }
    }

    private async Task SendQuietlyAsync(ITurnContext context, string text)
    {
        try
        {
            await context.SendActivityAsync(Activity.CreateMessage(text), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ReplyNotDelivered(ex.GetType().Name, context.Activity.Conversation?.Id ?? "?");
        }
    }
}
