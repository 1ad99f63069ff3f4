using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Bot.Hosting;

/// <summary>What kind of turn an activity starts, as one word from a fixed set (for logs, spans and metric tags).</summary>
public static class TurnKind
{
    public static string Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            // A card's Action.Submit arrives as a message with a value and usually no text.
            ActivityTypes.Message => activity.Value is not null && string.IsNullOrWhiteSpace(activity.Text) ? "card" : "text",
            ActivityTypes.Invoke => "invoke",
            ActivityTypes.ConversationUpdate => "conversationUpdate",
            ActivityTypes.InstallationUpdate => "installationUpdate",
            ActivityTypes.Event => "event",
            ActivityTypes.MessageReaction => "messageReaction",
            ActivityTypes.EndOfConversation => "endOfConversation",
            ActivityTypes.Typing => "typing",
            _ => "other",
        };
    }
}
