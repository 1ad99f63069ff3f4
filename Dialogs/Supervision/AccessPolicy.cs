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
    /// to the archive key of its summary, or null when it does not exist or the viewer may not see it.
    /// </summary>
    public async Task<string?> ResolveDebriefAsync(string? viewerId, string? reference, DebriefArchiveIndex index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        var viewer = RosterIds.Normalize(viewerId);
        if (viewer is null || string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        if (DebriefPaths.TryParse(reference.Trim(), out var path))
        {
            return await CanViewPractitionerAsync(viewer, path.PractitionerId, cancellationToken).ConfigureAwait(false)
                && await index.ExistsAsync(path.JsonKey, cancellationToken).ConfigureAwait(false)
                ? path.JsonKey
                : null;
        }
        if (!DebriefPaths.IsPlausibleId(reference.Trim()))
        {
            return null;
        }
        // A bare id is only ever searched for among the practitioners the viewer may see.
        var visible = new List<string> { viewer };
        if (await SupervisorAsync(viewer, cancellationToken).ConfigureAwait(false) is { } supervisor)
        {
            visible.AddRange(supervisor.Practitioners.Select(p => p.Id));
        }
        foreach (var practitioner in visible)
        {
            if (await index.FindAsync(practitioner, reference.Trim(), cancellationToken).ConfigureAwait(false) is { } key)
            {
                return key;
            }
        }
        return null;
    }
}
