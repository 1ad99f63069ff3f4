using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot.Chat;

/// <summary>In the terminal there is no other user to reach: proactive messages are printed with their addressee.</summary>
public sealed class ConsoleProactiveMessenger(TextWriter output) : IProactiveMessenger
{
    public async Task<bool> SendToUserAsync(string userKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync($"(to {userKey}) {activity.Text}").ConfigureAwait(false);
        }
        return true;
    }
}
