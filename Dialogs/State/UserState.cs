using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.State;

public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channel = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var user = UserIdentity.Of(activity) ?? throw new InvalidOperationException("The activity has no sender.");
        return $"{StorageKey.Segment(channel)}/users/{StorageKey.Segment(user)}";
    }
}
