using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>Turns on one Teams-like conversation with an adapter that sends nowhere: enough to load and save state.</summary>
internal sealed class StateTurns : BotAdapter
{
    public const string ConversationId = "a:1Xy;messageid=17@thread.v2";

    public TurnContext NewTurn(string text = "hello") => new(this, new Activity
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        Text = text,
        From = new ChannelAccount { Id = "29:user", AadObjectId = "00000000-0000-0000-0000-000000000001" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = ConversationId },
    });

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        => Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
        => Task.FromResult(new ResourceResponse(activity.Id));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => Task.CompletedTask;

    public override Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
        => throw new NotSupportedException();
}
