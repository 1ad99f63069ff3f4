using System.Collections.Concurrent;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.TestKit;

/// <summary>An in-process channel: turns run on demand and every reply waits in a queue for the test.</summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly ConcurrentQueue<Activity> _replies = new();
    private int _nextId;

    public TestAdapter(string channelId = "test", string conversationId = "conversation-1")
    {
        Reference = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.invalid/",
            User = new ChannelAccount { Id = "user-1", Name = "User" },
            Bot = new ChannelAccount { Id = "bot-1", Name = "Bot" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        };
    }

    public ConversationReference Reference { get; }
    public List<Activity> Updated { get; } = [];
    public List<string> Deleted { get; } = [];

    /// <summary>A message from the user, addressed like a real one.</summary>
    public Activity MakeActivity(string? text = null, string type = ActivityTypes.Message) => new()
    {
        Type = type,
        Id = $"in-{Interlocked.Increment(ref _nextId)}",
        Text = text,
        Timestamp = DateTimeOffset.UnixEpoch,
        ChannelId = Reference.ChannelId,
        ServiceUrl = Reference.ServiceUrl,
        From = Reference.User,
        Recipient = Reference.Bot,
        Conversation = Reference.Conversation,
    };

    public Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
        => RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);

    public Activity? GetNextReply() => _replies.TryDequeue(out var reply) ? reply : null;

    public IReadOnlyList<Activity> DrainReplies()
    {
        var replies = new List<Activity>();
        while (_replies.TryDequeue(out var reply))
        {
            replies.Add(reply);
        }
        return replies;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            activities[i].Id ??= $"out-{Interlocked.Increment(ref _nextId)}";
            _replies.Enqueue(activities[i]);
            responses[i] = new ResourceResponse(activities[i].Id);
        }
        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        Updated.Add(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        Deleted.Add(reference.ActivityId ?? string.Empty);
        return Task.CompletedTask;
    }

    public override Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var activity = new Activity { Type = ActivityTypes.Event, Name = "ContinueConversation" };
        activity.ApplyConversationReference(reference);
        // Seen from the bot, the proactive turn comes from the user to the bot.
        (activity.From, activity.Recipient) = (reference.User, reference.Bot);
        return ProcessActivityAsync(activity, callback, cancellationToken);
    }
}
