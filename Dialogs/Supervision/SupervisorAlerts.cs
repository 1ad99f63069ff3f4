using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Tells the practitioner's supervisor at once, rather than in the digest. The alert is stored before
/// it is sent, so an alert that could not be delivered now is reminded later instead of lost, and once
/// per kind and debrief, so a repeated confirm (or a second crisis message in the same debrief) does not
/// alert twice. Nobody is told when the practitioner has no supervisor on the roster.
/// </summary>
public sealed class SupervisorAlerts(RosterStore rosters, IProactiveMessenger messenger, AlertStore store, TimeProvider time)
{
    /// <param name="debriefId">Null only for a crisis reported outside a debrief: that alert is one of its own.</param>
    /// <param name="crisisReported">Imminent risk was reported in what the alert is about (always so for <see cref="AlertKind.Crisis"/>).</param>
    /// <returns>True when a supervisor was told; false when there is none or they cannot be reached now.</returns>
    public async Task<bool> SendAsync(AlertKind kind, string practitionerId, string? debriefId, DateOnly? date, string? clientCode,
        string? archivePath, IReadOnlyList<DisclosedFinding> findings, bool crisisReported = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        if (roster.SupervisorOf(practitionerId) is not { } supervisor)
        {
            return false;
        }
        var now = time.GetUtcNow();
        var alert = new SupervisorAlert
        {
            // Outside a debrief the caller already keeps crises apart in time; each is its own alert.
            AlertId = AlertStore.IdFor(kind, debriefId ?? $"chat|{practitionerId}|{now.ToUnixTimeMilliseconds()}"),
            Kind = kind,
            SupervisorId = supervisor.Id,
            PractitionerId = RosterIds.Normalize(practitionerId) ?? practitionerId,
            PractitionerName = roster.FindPractitioner(practitionerId)?.Name ?? practitionerId,
            DebriefId = debriefId,
            Date = date,
            ClientCode = clientCode,
            ArchivePath = archivePath,
            Findings = findings,
            CrisisReported = crisisReported || kind == AlertKind.Crisis,
            SentAt = now,
        };
        if (!await store.CreateAsync(alert, cancellationToken).ConfigureAwait(false))
        {
            // Sent already (a repeated confirm or request): the pending alert and its reminders stand.
            return true;
        }
        return await messenger.SendToUserAsync(supervisor.Id, [AlertCard.Create(alert)], cancellationToken).ConfigureAwait(false);
    }
}
