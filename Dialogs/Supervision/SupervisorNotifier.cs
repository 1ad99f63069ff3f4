using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>The <see cref="ISupervisorNotifier"/> the dialogs call: violation and crisis alerts to the roster's supervisor.</summary>
public sealed class SupervisorNotifier(ViolationAlerts alerts, CrisisAlerts crises) : ISupervisorNotifier
{
    public Task NotifyViolationAsync(DebriefRecord record, CancellationToken cancellationToken)
        => alerts.NotifyAsync(DigestDebriefs.From(record), cancellationToken);

    public Task<bool> NotifyCrisisAsync(CrisisNotice notice, CancellationToken cancellationToken)
        => crises.NotifyAsync(notice, cancellationToken);
}

/// <summary>Maps a debrief record onto the digest's projection (same fields the archive reader takes from the JSON).</summary>
public static class DigestDebriefs
{
    public static DigestDebrief From(DebriefRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var practitioner = RosterIds.Normalize(record.Practitioner.Id) ?? record.Practitioner.Id;
        return new DigestDebrief(record.DebriefId, practitioner, record.Date,
            DebriefPaths.JsonKey(practitioner, record.Date, record.DebriefId),
            new(record.Ratings.Goals, record.Ratings.Tasks, record.Ratings.Bond),
            record.Findings.Select(f => new DigestFinding(f.Code, f.Severity, f.Evidence)).ToList(),
            record.NextSteps, record.ClientCode);
    }
}
