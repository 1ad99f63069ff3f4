using System.Text;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Composes a supervisor's digest from the roster and the archive, and saves it beside the
/// summaries (create-only: a saved digest is a record of what was sent and is never rewritten).
/// Per practitioner it reads the debriefs of the last four weeks, lists the archive's index once (the
/// last debrief's date, and debriefs entered during the period for an earlier date) and the tombstones
/// once (what was removed during the period), all through <see cref="IDebriefArchive"/>.
/// </summary>
/// <param name="debriefs">The archive's door, where the digest reads debriefs.</param>
/// <param name="archive">The archive store, where digests themselves are saved.</param>
public sealed class DigestService(IDebriefArchive debriefs, IStorage archive, RosterStore rosters, TimeProvider time,
    DigestOptions? options = null, AlertStore? alerts = null)
{
    /// <summary>Practitioners read in parallel: a supervisor with many practitioners is not read one by one.</summary>
    private const int PractitionerConcurrency = 4;

    private readonly DigestReading _reading = new(debriefs);
    private readonly DigestOptions _options = options ?? new DigestOptions();

    public static string Key(string supervisorId, DigestPeriod period, string extension)
        => $"digests/{StorageKey.Segment(supervisorId)}/{period.Key}.{extension}";

    /// <summary>The digest, or null when the id is not a supervisor on the roster.</summary>
    /// <param name="practitionerIds">Only these of the supervisor's practitioners ("digest sam"); all when null.</param>
    public async Task<Digest?> ComposeAsync(string supervisorId, DigestPeriod period, CancellationToken cancellationToken = default,
        IReadOnlyCollection<string>? practitionerIds = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        if (roster.FindSupervisor(supervisorId) is not { } supervisor)
        {
            return null;
        }
        var practitioners = supervisor.Practitioners.Where(p => practitionerIds is null || practitionerIds.Contains(p.Id)).ToList();
        var zone = DigestSchedule.ZoneFor(supervisor, _options);
        var enteredFrom = DigestSchedule.ToUtc(period.Start, TimeSpan.Zero, zone);
        var enteredTo = DigestSchedule.ToUtc(period.End.AddDays(1), TimeSpan.Zero, zone);
        var recurringFrom = period.End.AddDays(-(DigestComposer.RecurringDays - 1));
        var from = period.Previous().Start < recurringFrom ? period.Previous().Start : recurringFrom;
        var open = alerts is null ? [] : await alerts.ListPendingAsync(supervisor.Id, cancellationToken: cancellationToken).ConfigureAwait(false);

        var read = new List<(RosterPractitioner Who, PractitionerReading Reading)>();
        var gate = new Lock();
        await Parallel.ForEachAsync(practitioners,
            new ParallelOptions { MaxDegreeOfParallelism = PractitionerConcurrency, CancellationToken = cancellationToken },
            async (p, ct) =>
            {
                var reading = await ReadAsync(p.Id, from, period, enteredFrom, enteredTo, ct).ConfigureAwait(false);
                lock (gate)
                {
                    read.Add((p, reading));
                }
            }).ConfigureAwait(false);

        var input = new DigestInput(supervisor.Id, supervisor.Name, period,
            read.Select(r => new DigestPractitioner(r.Who.Id, r.Who.Name, r.Reading.LastDebrief,
                open.Count(a => RosterIds.Same(a.Alert.PractitionerId, r.Who.Id)))).ToList(),
            read.SelectMany(r => r.Reading.Debriefs).ToList(), time.GetUtcNow())
        {
            LateEntries = read.SelectMany(r => r.Reading.Late).ToList(),
            Removed = read.SelectMany(r => r.Reading.Removed).ToList(),
            QuietDays = _options.QuietDays,
        };
        return DigestComposer.Compose(input);
    }

    /// <summary>Saves the JSON and HTML forms unless they exist already; returns the HTML key.</summary>
    public async Task<string> SaveAsync(Digest digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var metadata = new Dictionary<string, string> { ["kind"] = "digest", ["period"] = digest.Period.Key };
        await CreateAsync(Key(digest.SupervisorId, digest.Period, "json"), DigestJson.Serialize(digest), metadata, cancellationToken).ConfigureAwait(false);
        var html = Key(digest.SupervisorId, digest.Period, "html");
        await CreateAsync(html, Encoding.UTF8.GetBytes(DigestHtmlRenderer.Render(digest)), metadata, cancellationToken).ConfigureAwait(false);
        return html;
    }

    /// <summary>The saved HTML of a closed period, or null when it was not saved (an open period is composed instead).</summary>
    public async Task<string?> ReadSavedHtmlAsync(string supervisorId, DigestPeriod period, CancellationToken cancellationToken = default)
        => await archive.ReadAsync(Key(supervisorId, period, "html"), cancellationToken).ConfigureAwait(false) is { } item
            ? Encoding.UTF8.GetString(item.Content.Span)
            : null;

    private async Task<PractitionerReading> ReadAsync(string practitionerId, DateOnly from, DigestPeriod period,
        DateTimeOffset enteredFrom, DateTimeOffset enteredTo, CancellationToken cancellationToken)
    {
        var inPeriod = await _reading.ReadPeriodAsync(practitionerId, from, period.End, cancellationToken).ConfigureAwait(false);
        var entries = await debriefs.ListRecentAsync(practitionerId, int.MaxValue, cancellationToken).ConfigureAwait(false);
        var late = await _reading.ReadAsync(practitionerId,
            entries.Where(e => e.Date < period.Start && e.ArchivedAt >= enteredFrom && e.ArchivedAt < enteredTo), cancellationToken).ConfigureAwait(false);
        var removed = (await debriefs.ListTombstonesAsync(practitionerId, cancellationToken).ConfigureAwait(false))
            .Where(t => t.At >= enteredFrom && t.At < enteredTo)
            .Select(t => new DigestRemoval(practitionerId, t.DebriefId, t.ClientCode, t.Date, t.Codes, t.Reason is TombstoneReason.Discarded or TombstoneReason.Expired,
                t.By.Name ?? t.By.Id, t.RequestedBy is { } r ? r.Name ?? r.Id : null, t.At, Expired: t.Reason == TombstoneReason.Expired))
            .ToList();
        var last = entries.Count == 0 ? (DateOnly?)null : entries.Max(e => e.Date);
        return new PractitionerReading(inPeriod, late, removed, last);
    }

    private async Task CreateAsync(string key, byte[] content, Dictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        try
        {
            await archive.WriteAsync(key, content, WriteCondition.IfNotExists, metadata, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            // Saved by an earlier attempt or another instance: the first copy stands.
        }
    }

    private sealed record PractitionerReading(List<DigestDebrief> Debriefs, List<DigestDebrief> Late, List<DigestRemoval> Removed, DateOnly? LastDebrief);
}
