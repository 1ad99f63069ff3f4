using System.Collections.Concurrent;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace AllianceBot.TestKit;

/// <summary>
/// An in-process channel: turns run on demand through the production <see cref="TurnRunner"/> (over
/// the bot's own <see cref="ConversationState"/>) and every reply waits in a queue for the test.
/// Without an <see cref="BotAdapter.OnTurnError"/> a failing bot's exception reaches the test.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    // Process-wide, as a channel's activity ids are unique: a restarted bot's new adapter must not
    // repeat ids the conversation state has recorded (the runner would drop them as redeliveries).
    private static int s_nextId;
    private readonly ConcurrentQueue<Activity> _replies = new();

    /// <param name="state">The ConversationState the bot under test uses: the runner loads it and records activity ids in it.</param>
    public TestAdapter(ConversationState state, string channelId = "test", string conversationId = "conversation-1")
    {
        Runner = new TurnRunner(state, new RecentActivities(TimeProvider.System), new ConversationLocks(), NullLogger<TurnRunner>.Instance);
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
    public TurnRunner Runner { get; }
    public List<Activity> Updated { get; } = [];
    public List<string> Deleted { get; } = [];

    /// <summary>A message from the user, addressed like a real one.</summary>
    public Activity MakeActivity(string? text = null, string type = ActivityTypes.Message) => new()
    {
        Type = type,
        Id = $"in-{Interlocked.Increment(ref s_nextId)}",
        Text = text,
        Timestamp = DateTimeOffset.UnixEpoch,
        ChannelId = Reference.ChannelId,
        ServiceUrl = Reference.ServiceUrl,
        From = Reference.User,
        Recipient = Reference.Bot,
        Conversation = Reference.Conversation,
    };

    public Task<TurnResult> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
        => Runner.RunAsync(this, activity, callback, cancellationToken);

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
            activities[i].Id ??= $"out-{Interlocked.Increment(ref s_nextId)}";
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
        return RunPipelineAsync(CreateTurnContext(activity), callback, cancellationToken);
    }
}
