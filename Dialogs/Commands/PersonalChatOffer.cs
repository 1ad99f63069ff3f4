using AllianceBot.Dialogs.Schema;
using static AllianceBot.Dialogs.Cards.AdaptiveCard;

namespace AllianceBot.Dialogs.Commands;

/// <summary>
/// The answer to a debrief command in a group chat or channel: it is private, and here is a button
/// that opens a 1:1 chat with the bot (a Teams deep link to the bot's own id, which Teams gives as
/// the recipient of every activity). Other channels get the words alone.
/// </summary>
public static class PersonalChatOffer
{
    private const string TeamsChatLink = "https://teams.microsoft.com/l/chat/0/0?users=";

    public static Activity Create(Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (incoming.ChannelId == "msteams" && incoming.Recipient?.Id is { Length: > 0 and <= 256 } botId && botId.StartsWith("28:", StringComparison.Ordinal))
        {
            return Message(CommandsCopy.PrivateOnly, Card([Text(CommandsCopy.PrivateOnly)], [OpenUrl(CommandsCopy.OpenPersonalChat, TeamsChatLink + Uri.EscapeDataString(botId))]));
        }
        return Activity.CreateMessage(CommandsCopy.PrivateOnly);
    }
}
