using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>The <see cref="ISupervisorNotifier"/> the debrief calls: alerts to the roster's supervisor.</summary>
public sealed class SupervisorNotifier(SupervisorAlerts alerts) : ISupervisorNotifier
{
    public async Task NotifyViolationAsync(DebriefRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var violations = Violations(record);
        if (violations.Count > 0)
        {
            await alerts.SendAsync(AlertKind.Violation, record.Practitioner.Id, record.DebriefId, record.Date, record.ClientCode,
                PathOf(record), violations, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<bool> NotifyDiscardedAsync(DiscardedDebrief discarded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(discarded);
        return alerts.SendAsync(AlertKind.Discarded, discarded.Practitioner.Id, discarded.DebriefId, discarded.Date, discarded.ClientCode,
            archivePath: null, discarded.Disclosed, cancellationToken);
    }

    public Task<bool> RequestDeletionAsync(DebriefRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return alerts.SendAsync(AlertKind.DeletionRequest, record.Practitioner.Id, record.DebriefId, record.Date, record.ClientCode,
            PathOf(record), Violations(record), cancellationToken);
    }

    private static List<DisclosedFinding> Violations(DebriefRecord record)
        => record.Findings.Where(f => f.Severity == Severity.Violation && !f.Rejected)
            .GroupBy(f => f.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => new DisclosedFinding(g.Key, g.OrderBy(f => f.Source).First().Evidence))
            .ToList();

    private static string PathOf(DebriefRecord record)
    {
        var practitioner = RosterIds.Normalize(record.Practitioner.Id) ?? record.Practitioner.Id;
        return DebriefPaths.JsonKey(practitioner, record.Date, record.DebriefId);
    }
}

