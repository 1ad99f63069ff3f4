using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// The <see cref="ISupervisorNotifier"/> the dialogs call: violation, crisis, discard, expiry and deletion
/// alerts to the roster's supervisor, each one stored so it can be acknowledged and is reminded.
/// </summary>
public sealed class SupervisorNotifier(SupervisorAlerts alerts) : ISupervisorNotifier
{
    public async Task NotifyViolationAsync(DebriefRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var violations = Violations(record);
        if (violations.Count > 0)
        {
            await alerts.SendAsync(AlertKind.Violation, record.Practitioner.Id, record.DebriefId, record.Date, record.ClientCode,
                PathOf(record), violations, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<bool> NotifyCrisisAsync(CrisisNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        // Only who, when and the client code: the words that reported the risk never go into an alert.
        var path = notice.DebriefId is { } id && notice.RecordDate is { } date ? PathOf(notice.PractitionerId, date, id) : null;
        return alerts.SendAsync(AlertKind.Crisis, notice.PractitionerId, notice.DebriefId, notice.RecordDate, notice.ClientCode, path, [],
            crisisReported: true, cancellationToken);
    }

    public Task<bool> NotifyDiscardedAsync(DiscardedDebrief discarded, CancellationToken cancellationToken)
        => SendDraftGoneAsync(AlertKind.Discarded, discarded, cancellationToken);

    public Task<bool> NotifyExpiredAsync(DiscardedDebrief expired, CancellationToken cancellationToken)
        => SendDraftGoneAsync(AlertKind.Expired, expired, cancellationToken);

    public Task<bool> RequestDeletionAsync(DebriefRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return alerts.SendAsync(AlertKind.DeletionRequest, record.Practitioner.Id, record.DebriefId, record.Date, record.ClientCode,
            PathOf(record), Violations(record), record.CrisisReported, cancellationToken);
    }

    private Task<bool> SendDraftGoneAsync(AlertKind kind, DiscardedDebrief draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return alerts.SendAsync(kind, draft.Practitioner.Id, draft.DebriefId, draft.Date, draft.ClientCode,
            archivePath: null, draft.Disclosed, draft.CrisisReportedAt is not null, cancellationToken);
    }

    private static List<DisclosedFinding> Violations(DebriefRecord record)
        => record.Findings.Where(f => f.Severity == Severity.Violation && !f.Rejected)
            .GroupBy(f => f.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => new DisclosedFinding(g.Key, g.OrderBy(f => f.Source).First().Evidence))
            .ToList();

    private static string PathOf(DebriefRecord record) => PathOf(record.Practitioner.Id, record.Date, record.DebriefId);

    private static string PathOf(string practitionerId, DateOnly date, string debriefId)
        => DebriefPaths.JsonKey(RosterIds.Normalize(practitionerId) ?? practitionerId, date, debriefId);
}
