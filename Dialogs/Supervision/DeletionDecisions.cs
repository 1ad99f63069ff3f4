using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// The supervisor's answer to a request to delete a record that must stay: "approve delete &lt;path&gt;"
/// deletes it and leaves a tombstone (who asked, who deleted, when); "keep debrief &lt;path&gt;" keeps it.
/// Either way the request's alert is closed (a deletion closes the record's other alerts too) and the practitioner is told. Only the practitioner's own
/// supervisor decides: not another supervisor, not the practitioner.
/// </summary>
public sealed class DeletionDecisions(RosterStore rosters, IDebriefArchive archive, AlertStore alerts, IProactiveMessenger messenger, TimeProvider time)
{
    public async Task<string> DecideAsync(ChannelAccount? viewer, string reference, bool delete, CancellationToken cancellationToken = default)
    {
        var supervisorId = RosterIds.Normalize(viewer?.AadObjectId);
        if (!DebriefPaths.TryParse(DebriefPaths.NormalizeReference(reference), out var path) || supervisorId is null)
        {
            return DigestCopy.NotFound;
        }
        var roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        if (roster.SupervisorOf(path.PractitionerId)?.Id != supervisorId || RosterIds.Same(supervisorId, path.PractitionerId))
        {
            return DigestCopy.DeletionNotYours;
        }
        var archived = await archive.GetAsync(path.PractitionerId, path.DebriefId, cancellationToken).ConfigureAwait(false);
        if (archived is null || DebriefRecordBuilder.FromJson(archived.Json) is not { } record)
        {
            return DigestCopy.NotFound;
        }
        var supervisor = new PersonRecord(supervisorId, viewer?.Name ?? roster.FindSupervisor(supervisorId)?.Name);
        var practitionerName = roster.FindPractitioner(path.PractitionerId)?.Name ?? record.Practitioner.Name ?? path.PractitionerId;
        if (delete)
        {
            // The tombstone first: if the store fails after it, the record is still there to delete again.
            await archive.SaveTombstoneAsync(DebriefTombstone.Of(record, supervisor, requestedBy: record.Practitioner, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            await archive.DeleteAsync(path.PractitionerId, path.DebriefId, cancellationToken).ConfigureAwait(false);
        }
        await CloseAlertsAsync(supervisorId, path.DebriefId, allKinds: delete, cancellationToken).ConfigureAwait(false);
        var told = delete
            ? CommandsCopy.DeletionApprovedBy(path.DebriefId, supervisor.Name ?? DigestCopy.YourSupervisor)
            : CommandsCopy.DeletionKeptBy(path.DebriefId, supervisor.Name ?? DigestCopy.YourSupervisor);
        await messenger.SendToUserAsync(path.PractitionerId, [Activity.CreateMessage(told)], cancellationToken).ConfigureAwait(false);
        return delete ? DigestCopy.DeletionApproved(path.DebriefId, practitionerName) : DigestCopy.DeletionKept(path.DebriefId, practitionerName);
    }

    /// <summary>The request is answered; once the record is gone, its other alerts are too (nothing is left to remind about).</summary>
    private async Task CloseAlertsAsync(string supervisorId, string debriefId, bool allKinds, CancellationToken cancellationToken)
    {
        foreach (var (alert, _) in await alerts.ListPendingAsync(supervisorId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if ((allKinds || alert.Kind == AlertKind.DeletionRequest) && alert.DebriefId == debriefId)
            {
                await alerts.AcknowledgeAsync(alert, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
