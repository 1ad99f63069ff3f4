using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Prompts.Digests;
using AllianceBot.Prompts.Knowledge;
using System.Text;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// "review &lt;id or path&gt;": a debrief the viewer may see, as a card read from its record (with the
/// practitioner's confirmed, ticked and rejected detections marked), or its tombstone when it was
/// removed. Ids and paths are read in any case. Not found and not allowed read the same.
/// </summary>
public sealed class DebriefReviewer(AccessPolicy access, IStorage archive, IDebriefArchive debriefs, KnowledgeBase knowledge)
{
    private readonly DebriefArchiveIndex _index = new(archive);

    public async Task<Activity> ReviewAsync(string? viewer, string reference, CancellationToken cancellationToken = default)
    {
        var normalized = DebriefPaths.NormalizeReference(reference);
        var key = await access.ResolveDebriefAsync(viewer, normalized, _index, cancellationToken).ConfigureAwait(false);
        if (key is not null && await archive.ReadAsync(key, cancellationToken).ConfigureAwait(false) is { } item
            && DebriefRecordBuilder.FromJson(Encoding.UTF8.GetString(item.Content.Span)) is { } record)
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
