using AllianceBot.Dialogs.Archive;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Every decision about who may see whose debriefs and digests, in one place:
/// a practitioner sees their own; a supervisor sees those of the practitioners the roster gives
/// them, and their own digests; nobody else sees anything. Ids that are not GUIDs match nobody.
/// Callers answer a refusal exactly as they answer "not found", so guessing ids reveals nothing.
/// </summary>
public sealed class AccessPolicy(RosterStore rosters)
{
    public async Task<bool> CanViewPractitionerAsync(string? viewerId, string? practitionerId, CancellationToken cancellationToken = default)
    {
        var viewer = RosterIds.Normalize(viewerId);
        var practitioner = RosterIds.Normalize(practitionerId);
        if (viewer is null || practitioner is null)
        {
            return false;
        }
        if (viewer == practitioner)
        {
            return true;
        }
        var roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        return roster.SupervisorOf(practitioner)?.Id == viewer;
    }

    /// <summary>A supervisor's digests are theirs alone, and only while they are on the roster.</summary>
    public async Task<bool> CanViewDigestAsync(string? viewerId, string? supervisorId, CancellationToken cancellationToken = default)
    {
        if (!RosterIds.Same(viewerId, supervisorId))
        {
            return false;
        }
        var roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        return roster.FindSupervisor(supervisorId) is not null;
    }

    /// <summary>The practitioners whose debriefs the viewer may see as a supervisor (empty for everyone else).</summary>
    public async Task<RosterSupervisor?> SupervisorAsync(string? viewerId, CancellationToken cancellationToken = default)
    {
        var roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        return roster.FindSupervisor(viewerId);
    }

    /// <summary>
    /// Resolves a debrief reference typed in chat (an archive path from a digest, or a bare debrief id)
    /// to the debrief, read through the archive, or null when it does not exist or the viewer may not see it.
    /// </summary>
    public async Task<ArchivedDebrief?> ResolveDebriefAsync(string? viewerId, string? reference, IDebriefArchive archive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var viewer = RosterIds.Normalize(viewerId);
        if (viewer is null || string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        if (DebriefPaths.TryParse(reference.Trim(), out var path))
        {
            // The whole path must be right, its date included: a path is not a search.
            return await CanViewPractitionerAsync(viewer, path.PractitionerId, cancellationToken).ConfigureAwait(false)
                && await archive.GetAsync(path.PractitionerId, path.DebriefId, cancellationToken).ConfigureAwait(false) is { } found
                && found.Date == path.Date
                ? found
                : null;
        }
        if (!DebriefPaths.IsPlausibleId(reference.Trim()))
        {
            return null;
        }
        // A bare id is only ever looked up among the practitioners the viewer may see.
        var visible = new List<string> { viewer };
        if (await SupervisorAsync(viewer, cancellationToken).ConfigureAwait(false) is { } supervisor)
        {
            visible.AddRange(supervisor.Practitioners.Select(p => p.Id));
        }
        foreach (var practitioner in visible)
        {
            if (await archive.GetAsync(practitioner, reference.Trim(), cancellationToken).ConfigureAwait(false) is { } debrief)
            {
                return debrief;
            }
        }
        return null;
    }
}
