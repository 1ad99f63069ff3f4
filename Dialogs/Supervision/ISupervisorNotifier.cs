using AllianceBot.Dialogs.Debrief;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>Tells the supervisor at once when a confirmed debrief records a boundary violation, or when a practitioner reports imminent risk.</summary>
public interface ISupervisorNotifier
{
    Task NotifyViolationAsync(DebriefRecord record, CancellationToken cancellationToken);

    /// <returns>True when a supervisor on the roster was told.</returns>
    Task<bool> NotifyCrisisAsync(CrisisNotice notice, CancellationToken cancellationToken);
}

/// <summary>The default until delivery is wired: the violation is still in the saved record.</summary>
public sealed class NoSupervisorNotifier : ISupervisorNotifier
{
    public Task NotifyViolationAsync(DebriefRecord record, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> NotifyCrisisAsync(CrisisNotice notice, CancellationToken cancellationToken) => Task.FromResult(false);
}
