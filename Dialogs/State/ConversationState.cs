using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.State;

public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    public static string KeyFor(string channelId, string conversationId)
        => $"{StorageKey.Segment(channelId)}/conversations/{StorageKey.Segment(conversationId)}";

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channel = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var conversation = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        return KeyFor(channel, conversation);
    }
}
