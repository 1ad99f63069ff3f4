using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Sends a message to a supervisor who is not in the current conversation (digests, violation
/// alerts). The Bot implementation uses the stored conversation reference or opens a 1:1 chat.
/// Throws when the message could not be delivered, so the caller can retry later.
/// </summary>
public interface ISupervisorMessenger
{
    Task SendAsync(string supervisorId, Activity activity, CancellationToken cancellationToken = default);
}
