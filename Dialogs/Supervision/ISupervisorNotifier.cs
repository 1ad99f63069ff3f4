using AllianceBot.Dialogs.Debrief;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>Tells the supervisor at once when a confirmed debrief records a boundary violation.</summary>
public interface ISupervisorNotifier
{
    Task NotifyViolationAsync(DebriefRecord record, CancellationToken cancellationToken);
}

/// <summary>The default until delivery is wired: the violation is still in the saved record.</summary>
public sealed class NoSupervisorNotifier : ISupervisorNotifier
{
    public Task NotifyViolationAsync(DebriefRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
}
