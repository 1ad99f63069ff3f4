using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// The roster as one JSON document in the archive store, replaced only over the version that was
/// read (ETag), so two admins importing at once cannot interleave. Reads are cached briefly because
/// every supervisor command and every scheduler tick asks; an import on another instance is seen
/// within <see cref="CacheFor"/>.
/// </summary>
public sealed class RosterStore(IStorage archive, TimeProvider time) : IRosterLookup
{
    public const string Key = "roster/roster.json";
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private (Roster Roster, DateTimeOffset ReadAt)? _cached;

    /// <summary>The current roster; empty when none was imported. A stored roster that does not parse throws, so nobody is let in on a broken roster.</summary>
    public async Task<Roster> GetAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_cached is { } c && time.GetUtcNow() - c.ReadAt < CacheFor)
            {
                return c.Roster;
            }
        }
        var (roster, _) = await ReadAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _cached = (roster, time.GetUtcNow());
        }
        return roster;
    }

    public async Task<SupervisorRef?> FindSupervisorAsync(string practitionerId, CancellationToken cancellationToken)
        => (await GetAsync(cancellationToken).ConfigureAwait(false)).SupervisorOf(practitionerId) is { } s ? new SupervisorRef(s.Id, s.Name) : null;

    /// <summary>Validates and stores a new roster. On any error nothing is written and the old roster stays.</summary>
    public async Task<RosterParseResult> ImportAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken = default)
    {
        var parsed = RosterParser.Parse(json.Span);
        if (!parsed.Ok)
        {
            return parsed;
        }
        var current = await archive.ReadAsync(Key, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        try
        {
            await archive.WriteAsync(Key, RosterParser.Serialize(parsed.Roster!, now), WriteCondition.ForVersion(current?.ETag),
                new Dictionary<string, string> { ["kind"] = "roster" }, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            return RosterParseResult.Fail("Someone else changed the roster at the same moment; nothing was changed. Run the import again.");
        }
        lock (_gate)
        {
            _cached = (new Roster(parsed.Roster!.Supervisors, now), now);
        }
        return parsed with { Roster = new Roster(parsed.Roster!.Supervisors, now) };
    }

    /// <summary>Forgets the cached copy (tests, and after an import on another instance when waiting is not acceptable).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _cached = null;
        }
    }

    private async Task<(Roster, string?)> ReadAsync(CancellationToken cancellationToken)
    {
        var item = await archive.ReadAsync(Key, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return (Roster.Empty, null);
        }
        var parsed = RosterParser.Parse(item.Content.Span);
        return parsed.Ok
            ? (parsed.Roster!, item.ETag)
            : throw new InvalidDataException("The stored roster is invalid: " + string.Join(" ", parsed.Errors));
    }
}
