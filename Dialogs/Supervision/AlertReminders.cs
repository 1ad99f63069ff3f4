using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// One reminder run: every pending alert whose supervisor has not acknowledged it within
/// <see cref="AlertOptions.RemindAfter"/> is sent again, at most <see cref="AlertOptions.MaxReminders"/>
/// times. The reminder is claimed (a conditional write) before it is sent, so two instances never both
/// remind. Deletion requests are not reminded: the record stays until the supervisor decides.
/// </summary>
public sealed class AlertReminders(AlertStore store, IProactiveMessenger messenger, AlertOptions options, TimeProvider time)
{
    /// <returns>How many reminders were delivered.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var (alert, etag) in await store.ListPendingAsync(quietSince: now - options.RemindAfter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (alert.Kind == AlertKind.DeletionRequest || alert.Reminders >= options.MaxReminders || alert.RemindAt(options.RemindAfter) > now)
            {
                continue;
            }
            var claimed = alert with { Reminders = alert.Reminders + 1, LastReminderAt = now };
            if (!await store.UpdatePendingAsync(claimed, etag, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            // A reminder that cannot be delivered counts as one: the next comes after RemindAfter again.
            if (await messenger.SendToUserAsync(alert.SupervisorId, [AlertCard.Create(claimed, now)], cancellationToken).ConfigureAwait(false))
            {
                sent++;
            }
        }
        return sent;
    }
}
