using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Bot.Adapter;

/// <summary>
/// The replies of a turn, held until the bot's state was saved. If the save loses an ETag race the
/// turn runs again on fresh state, and the user must not see the answers of the lost attempt.
/// </summary>
internal sealed class OutgoingBuffer
{
    public List<Activity> Activities { get; } = [];
}
