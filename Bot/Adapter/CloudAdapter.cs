using AllianceBot.Bot.Connector;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot.Adapter;

/// <summary>
/// The Bot Framework adapter for the Bot Connector service, transport only: an authenticated request
/// becomes a turn of the <see cref="TurnRunner"/> (which owns state, de-duplication, ordering and
/// retries), and replies, updates and deletes go to the connector at a vouched-for service URL.
/// </summary>
public sealed class CloudAdapter : BotAdapter
{
    private readonly ConnectorClientFactory _connectors;
    private readonly ConversationReferenceStore _references;
    private readonly TrustedServiceUrls _trusted;
    private readonly TurnRunner _runner;

    public CloudAdapter(ConnectorClientFactory connectors, ConversationReferenceStore references, TrustedServiceUrls trusted, TurnRunner runner)
    {
        _connectors = connectors;
        _references = references;
        _trusted = trusted;
        _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        OnTurnError = runner.StartOverAsync;
    }

    /// <summary>Runs one authenticated inbound activity through the bot; a completed turn keeps the way back to its user.</summary>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var result = await _runner.RunAsync(this, activity, callback, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == TurnOutcome.Completed)
        {
            await _references.RememberAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        return result;
    }

    /// <summary>One connector client a turn (it carries the turn's token handler and retries).</summary>
    public override TurnContext CreateTurnContext(Activity activity)
    {
        var context = base.CreateTurnContext(activity);
        context.TurnState.Set(_connectors.Create());
        return context;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            responses[i] = await DeliverAsync(turnContext, activities[i], cancellationToken).ConfigureAwait(false);
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
    public override Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
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
        return RunPipelineAsync(CreateTurnContext(activity), callback, cancellationToken);
    }

    private Task<ResourceResponse> DeliverAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity.ServiceUrl, activity.Conversation?.Id);
        var connector = Connector(turnContext);
        return activity.ReplyToId is { Length: > 0 } replyToId
            ? connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, activity, cancellationToken)
            : connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
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
