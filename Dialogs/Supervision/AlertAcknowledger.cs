using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>"acknowledge &lt;alert id&gt;" (the Acknowledge button): stops the reminders. Only the supervisor's own alerts are found.</summary>
public sealed class AlertAcknowledger(AlertStore alerts, TimeProvider time)
{
    public async Task<string> AcknowledgeAsync(string? viewer, string alertId, CancellationToken cancellationToken = default)
    {
        var id = alertId.Trim().ToUpperInvariant();
        if (RosterIds.Normalize(viewer) is not { } supervisor)
        {
            return DigestCopy.AlertNotFound;
        }
        if (await alerts.GetPendingAsync(supervisor, id, cancellationToken).ConfigureAwait(false) is { } pending)
        {
            var done = await alerts.AcknowledgeAsync(pending.Alert, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return DigestCopy.Acknowledged(done.PractitionerName);
        }
        return await alerts.GetDoneAsync(supervisor, id, cancellationToken).ConfigureAwait(false) is { AcknowledgedAt: { } at }
            ? DigestCopy.AlreadyAcknowledged(at)
            : DigestCopy.AlertNotFound;
    }
}
