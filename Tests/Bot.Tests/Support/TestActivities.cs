using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Bot.Tests.Support;

/// <summary>Activities shaped like the ones Teams sends to a bot in a personal chat.</summary>
public static class TestActivities
{
    public const string AppId = "00000000-0000-0000-0000-00000000b07";
    public const string TenantId = "tenant-1";
    public const string UserAad = "6f1d0c1e-2b3a-4c5d-8e9f-0a1b2c3d4e01";

    private static int _ids;

    public static Activity Message(string text, string serviceUrl, string conversationId = "a:conv;messageid=1", string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? $"msg-{Interlocked.Increment(ref _ids)}",
        Text = text,
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Timestamp = DateTimeOffset.UtcNow,
        From = new ChannelAccount { Id = "29:user-1", Name = "Pat", AadObjectId = UserAad },
        Recipient = new ChannelAccount { Id = "28:" + AppId, Name = "AllianceBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = TenantId },
        Locale = "en-AU",
    };

    public static Activity MembersAdded(string serviceUrl, string conversationId = "a:conv;messageid=1")
    {
        var activity = Message("", serviceUrl, conversationId);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = [activity.From!, activity.Recipient!];
        return activity;
    }

    public static Activity Invoke(string serviceUrl, string name = "adaptiveCard/action")
    {
        var activity = Message("", serviceUrl);
        activity.Type = ActivityTypes.Invoke;
        activity.Text = null;
        activity.Name = name;
        return activity;
    }
}
