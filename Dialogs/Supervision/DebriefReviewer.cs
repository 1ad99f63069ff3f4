using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Prompts.Digests;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// "review &lt;id or path&gt;": a debrief the viewer may see, as a card read from its record (with the
/// practitioner's confirmed, ticked and rejected detections marked), or its tombstone when it was
/// removed. Ids and paths are read in any case. Not found and not allowed read the same.
/// </summary>
public sealed class DebriefReviewer(AccessPolicy access, IDebriefArchive debriefs, KnowledgeBase knowledge)
{
    public async Task<Activity> ReviewAsync(string? viewer, string reference, CancellationToken cancellationToken = default)
    {
        var normalized = DebriefPaths.NormalizeReference(reference);
        if (await access.ResolveDebriefAsync(viewer, normalized, debriefs, cancellationToken).ConfigureAwait(false) is { } found
            && DebriefRecordBuilder.FromJson(found.Json) is { } record)
        {
            var reader = RosterIds.Same(viewer, record.Practitioner.Id) ? DebriefReader.Practitioner : DebriefReader.Supervisor;
            return DebriefView.Show(record, reader, knowledge);
        }
        if (await FindTombstoneAsync(viewer, normalized, cancellationToken).ConfigureAwait(false) is { } tombstone)
        {
            return DebriefView.Tombstone(tombstone, RosterIds.Same(viewer, tombstone.PractitionerId) ? DebriefReader.Practitioner : DebriefReader.Supervisor);
        }
        return Activity.CreateMessage(DigestCopy.NotFound);
    }

    /// <summary>The tombstone of a removed debrief, looked for only among the practitioners the viewer may see.</summary>
    private async Task<DebriefTombstone?> FindTombstoneAsync(string? viewer, string reference, CancellationToken cancellationToken)
    {
        if (DebriefPaths.TryParse(reference, out var path))
        {
            return await access.CanViewPractitionerAsync(viewer, path.PractitionerId, cancellationToken).ConfigureAwait(false)
                ? await debriefs.GetTombstoneAsync(path.PractitionerId, path.DebriefId, cancellationToken).ConfigureAwait(false)
                : null;
        }
        if (RosterIds.Normalize(viewer) is not { } me || !DebriefIds.IsValid(reference))
        {
            return null;
        }
        var visible = new List<string> { me };
        if (await access.SupervisorAsync(me, cancellationToken).ConfigureAwait(false) is { } supervisor)
        {
            visible.AddRange(supervisor.Practitioners.Select(p => p.Id));
        }
        foreach (var practitioner in visible)
        {
            if (await debriefs.GetTombstoneAsync(practitioner, reference, cancellationToken).ConfigureAwait(false) is { } tombstone)
            {
                return tombstone;
            }
        }
        return null;
    }
}
