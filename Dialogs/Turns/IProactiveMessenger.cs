using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

/// <summary>
/// Sends messages to a user outside of their own turn (supervisor digests, reminders), without any
/// HTTP in Dialogs/. <paramref name="userKey"/> is the user's aadObjectId (Teams) or channel user id.
/// </summary>
public interface IProactiveMessenger
{
    /// <returns>False when the user cannot be reached: no stored conversation and no way to open one.</returns>
    Task<bool> SendToUserAsync(string userKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
}
