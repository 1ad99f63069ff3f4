using System.Runtime.ExceptionServices;
using AllianceBot.Bot.Connector;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot.Adapter;

/// <summary>
/// The Bot Framework adapter for the Bot Connector service. Around the bot it adds what Teams needs:
/// de-duplication of redeliveries, one turn at a time per conversation, replies held back until the
/// state is saved (an ETag conflict reruns the turn on fresh state instead of losing an answer),
/// plain words for the user when storage is down, and one error handler.
/// </summary>
public sealed class CloudAdapter : BotAdapter
{
    private const int MaxTurnAttempts = 3;

    private readonly ConnectorClientFactory _connectors;
    private readonly ConversationReferenceStore _references;
    private readonly TrustedServiceUrls _trusted;
    private readonly RecentActivities _recent;
    private readonly ConversationLocks _locks;
    private readonly ILogger<CloudAdapter> _logger;
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<ProcessedActivities> _processed;

    public CloudAdapter(ConnectorClientFactory connectors, BotStores stores, ConversationReferenceStore references,
        TrustedServiceUrls trusted, RecentActivities recent, ConversationLocks locks, ILogger<CloudAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(stores);
        _connectors = connectors;
        _references = references;
        _trusted = trusted;
        _recent = recent;
        _locks = locks;
        _logger = logger;
        // Same storage and cache slot as the bot's ConversationState, so both see one document per turn.
        _conversationState = new ConversationState(stores.State);
        _processed = _conversationState.CreateProperty<ProcessedActivities>(ProcessedActivities.PropertyName);
        OnTurnError = HandleTurnErrorAsync;
    }

    /// <summary>Runs one authenticated inbound activity through the bot.</summary>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        var conversationKey = ConversationState.KeyFor(activity.ChannelId ?? string.Empty, activity.Conversation?.Id
            ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity)));
        var dedupeKey = activity.Id is { Length: > 0 } id ? conversationKey + "|" + id : null;
        if (dedupeKey is not null && !_recent.TryBegin(dedupeKey))
        {
            _logger.DuplicateActivity(activity.Conversation.Id, "memory");
            return new TurnResult(TurnOutcome.Duplicate);
        }

        // Every log line of the turn carries these ids (never the text), in the console and in Application Insights.
        using var scope = _logger.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationId"] = activity.Conversation.Id,
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
        });
        using var _ = await _locks.AcquireAsync(conversationKey, cancellationToken).ConfigureAwait(false);
        var result = await RunWithRetriesAsync(activity, callback, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == TurnOutcome.NotSaved && dedupeKey is not null)
        {
            _recent.Forget(dedupeKey);
        }
        return result;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var buffer = turnContext.TurnState.Get<OutgoingBuffer>();
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            // Typing indicators go at once: they are what the user sees while slow work runs.
            responses[i] = buffer is not null && activity.Type != ActivityTypes.Typing
                ? Buffered(buffer, activity)
                : await DeliverAsync(turnContext, activity, cancellationToken).ConfigureAwait(false);
        }
        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        var (serviceUrl, conversationId) = Address(activity.ServiceUrl, activity.Conversation?.Id);
        var activityId = activity.Id ?? throw new ArgumentException("The activity to update has no id.", nameof(activity));
        return Connector(turnContext).UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reference);
        var (serviceUrl, conversationId) = Address(reference.ServiceUrl, reference.Conversation?.Id);
        var activityId = reference.ActivityId ?? throw new ArgumentException("The reference has no activity id.", nameof(reference));
        return Connector(turnContext).DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    /// <summary>
    /// A proactive turn in a stored conversation. Not serialized with the conversation's own turns:
    /// a bot may call this from inside a turn, and waiting for its own lock would deadlock.
    /// </summary>
    public override async Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        Address(reference.ServiceUrl, reference.Conversation?.Id);
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "ContinueConversation",
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        var context = new TurnContext(this, activity);
        context.TurnState.Set(_connectors.Create());
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnResult> RunWithRetriesAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        TurnContext? context = null;
        for (var attempt = 1; attempt <= MaxTurnAttempts; attempt++)
        {
            context = new TurnContext(this, activity);
            context.TurnState.Set(_connectors.Create());
            var buffer = new OutgoingBuffer();
            context.TurnState.Set(buffer);
            context.TurnState.Set(AdapterSavesState.Instance);
            try
            {
                // A first attempt may start from this instance's own copy of the state; a retry follows a
                // conflict, so it reads the store.
                var result = await RunOnceAsync(context, callback, ownCopy: attempt == 1, cancellationToken).ConfigureAwait(false);
                if (result.Outcome == TurnOutcome.Completed)
                {
                    await FlushAsync(context, buffer, cancellationToken).ConfigureAwait(false);
                    await _references.RememberAsync(activity, cancellationToken).ConfigureAwait(false);
                }
                return result;
            }
            catch (Exception ex) when (ex is StorageConflictException or StaleTurnException)
            {
                // Someone else saved this conversation first: drop this attempt's replies and state, run again on theirs.
                _logger.TurnConflict(conversationId, attempt);
                _conversationState.Forget(context);
            }
            catch (StorageUnavailableException ex)
            {
                _logger.TurnStorageUnavailable(ex.GetType().Name, conversationId);
                await TellDirectAsync(context, WireCopy.StorageUnavailable, cancellationToken).ConfigureAwait(false);
                return new TurnResult(TurnOutcome.NotSaved);
            }
        }
        _logger.TurnConflictGaveUp(conversationId, MaxTurnAttempts);
        await TellDirectAsync(context!, WireCopy.SaveConflict, cancellationToken).ConfigureAwait(false);
        return new TurnResult(TurnOutcome.NotSaved);
    }

    private async Task<TurnResult> RunOnceAsync(TurnContext context, BotCallbackHandler callback, bool ownCopy, CancellationToken cancellationToken)
    {
        var activityId = context.Activity.Id;
        await LoadStateAsync(context, ownCopy, cancellationToken).ConfigureAwait(false);
        if (activityId is { Length: > 0 })
        {
            var processed = await _processed.GetAsync(context, () => new ProcessedActivities(), cancellationToken).ConfigureAwait(false);
            if (processed.Contains(activityId))
            {
                _logger.DuplicateActivity(context.Activity.Conversation!.Id!, "state");
                return new TurnResult(TurnOutcome.Duplicate);
            }
            // Recorded before the bot runs, so the bot's own save already carries it.
            processed.Add(activityId);
        }

        // Storage failures inside the bot are the adapter's to handle (retry or tell the user), not the
        // generic error handler's, which would clear the conversation.
        ExceptionDispatchInfo? storageFailure = null;
        using (TurnFreshness.Begin(ct => _conversationState.EnsureCurrentAsync(context, ct)))
        {
            await RunPipelineAsync(context, async (turn, ct) =>
            {
                try
                {
                    await callback(turn, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is StorageConflictException or StaleTurnException or StorageUnavailableException)
                {
                    storageFailure = ExceptionDispatchInfo.Capture(ex);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        storageFailure?.Throw();

        if (activityId is { Length: > 0 })
        {
            // The bot may have cleared its state (cancel, error handler); keep the id anyway.
            var processed = await _processed.GetAsync(context, () => new ProcessedActivities(), cancellationToken).ConfigureAwait(false);
            processed.Add(activityId);
        }
        await _conversationState.SaveChangesAsync(context, false, cancellationToken).ConfigureAwait(false);
        // A turn that changed nothing made no conditional write; its replies go out only if its copy was current.
        await _conversationState.EnsureCurrentAsync(context, cancellationToken).ConfigureAwait(false);
        return new TurnResult(TurnOutcome.Completed, context.TurnState.Get<InvokeResponse>());
    }

    /// <summary>
    /// Loads the conversation document; one that cannot be read at all would fail every later turn
    /// the same way, so it is deleted and the conversation starts over.
    /// </summary>
    private async Task LoadStateAsync(TurnContext context, bool ownCopy, CancellationToken cancellationToken)
    {
        try
        {
            if (ownCopy)
            {
                await _conversationState.LoadOwnCopyAsync(context, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _conversationState.LoadAsync(context, force: true, cancellationToken).ConfigureAwait(false);
            }
            await _processed.GetAsync(context, () => new ProcessedActivities(), cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            _logger.UnreadableStateDiscarded(context.Activity.Conversation!.Id!);
            await _conversationState.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
            await _conversationState.LoadAsync(context, force: true, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(ITurnContext context, OutgoingBuffer buffer, CancellationToken cancellationToken)
    {
        context.TurnState.Remove(typeof(OutgoingBuffer).FullName!);
        foreach (var activity in buffer.Activities)
        {
            try
            {
                await DeliverAsync(context, activity, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException or UnauthorizedAccessException)
            {
                // The state is saved; a lost reply is logged rather than turning into a redelivery loop.
                _logger.ReplyNotDelivered(ex.GetType().Name, context.Activity.Conversation?.Id ?? "?");
                return;
            }
        }
    }

    private async Task TellDirectAsync(TurnContext context, string text, CancellationToken cancellationToken)
    {
        context.TurnState.Remove(typeof(OutgoingBuffer).FullName!);
        try
        {
            await context.SendActivityAsync(Activity.CreateMessage(text), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or UnauthorizedAccessException)
        {
            _logger.ReplyNotDelivered(ex.GetType().Name, context.Activity.Conversation?.Id ?? "?");
        }
    }

    private async Task HandleTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        var conversationId = turnContext.Activity.Conversation?.Id ?? "?";
        _logger.TurnFailed(exception.GetType().FullName ?? exception.GetType().Name, conversationId, exception.StackTrace);
        // A poisoned dialog stack would fail the same way on every message: start over.
        _conversationState.Clear(turnContext);
        try
        {
            await turnContext.SendActivityAsync(Activity.CreateMessage(WireCopy.SomethingWentWrong), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or UnauthorizedAccessException)
        {
            _logger.ReplyNotDelivered(ex.GetType().Name, conversationId);
        }
    }

    private static ResourceResponse Buffered(OutgoingBuffer buffer, Activity activity)
    {
        buffer.Activities.Add(activity);
        return new ResourceResponse(null);
    }

    private async Task<ResourceResponse> DeliverAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity.ServiceUrl, activity.Conversation?.Id);
        var connector = Connector(turnContext);
        return activity.ReplyToId is { Length: > 0 } replyToId
            ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, activity, cancellationToken).ConfigureAwait(false)
            : await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false);
    }

    private ConnectorClient Connector(ITurnContext turnContext) => turnContext.TurnState.Get<ConnectorClient>() ?? _connectors.Create();

    private (string ServiceUrl, string ConversationId) Address(string? serviceUrl, string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("The activity has no conversation id.");
        }
        if (!_trusted.IsTrusted(serviceUrl))
        {
            throw new UnauthorizedAccessException("The service URL was not vouched for by an authenticated request.");
        }
        return (serviceUrl!, conversationId);
    }
}
