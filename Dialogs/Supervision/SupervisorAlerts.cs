using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Tells the practitioner's supervisor at once, rather than in the digest. The alert is stored before
/// it is sent, so an alert that could not be delivered now is reminded later instead of lost, and once
/// per kind and debrief, so a repeated confirm does not alert twice. Nobody is told when the
/// practitioner has no supervisor on the roster.
/// </summary>
public sealed class SupervisorAlerts(RosterStore rosters, IProactiveMessenger messenger, AlertStore store, TimeProvider time)
{
    /// <returns>True when a supervisor was told; false when there is none or they cannot be reached now.</returns>
    public async Task<bool> SendAsync(AlertKind kind, string practitionerId, string debriefId, DateOnly? date, string? clientCode,
        string? archivePath, IReadOnlyList<DisclosedFinding> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        if (roster.SupervisorOf(practitionerId) is not { } supervisor)
        {
            return false;
        }
        var alert = new SupervisorAlert
        {
            AlertId = AlertStore.IdFor(kind, debriefId),
            Kind = kind,
            SupervisorId = supervisor.Id,
            PractitionerId = RosterIds.Normalize(practitionerId) ?? practitionerId,
            PractitionerName = roster.FindPractitioner(practitionerId)?.Name ?? practitionerId,
            DebriefId = debriefId,
            Date = date,
            ClientCode = clientCode,
            ArchivePath = archivePath,
            Findings = findings,
            SentAt = time.GetUtcNow(),
        };
        if (!await store.CreateAsync(alert, cancellationToken).ConfigureAwait(false))
        {
            // Sent already (a repeated confirm or request): the pending alert and its reminders stand.
            return true;
        }
        return await messenger.SendToUserAsync(supervisor.Id, [AlertCard.Create(alert)], cancellationToken).ConfigureAwait(false);
    }
}
