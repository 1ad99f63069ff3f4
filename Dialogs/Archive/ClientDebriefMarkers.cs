using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// One empty, create-only marker per debrief under its client: debriefs/{practitioner}/clients/{hash of
/// the client code}/{yyyy-MM-dd}_{id}, carrying the debrief's metadata. A client's debriefs are then one
/// short listing away, newest last, without a listing of everything the practitioner ever saved and
/// without a pointer that every save must rewrite. Markers only point: a lookup reads the record, and
/// one whose record is gone (a delete stopped half-way) is passed over and tidied.
/// Debriefs archived before markers existed get theirs once per practitioner (<see cref="BackfillAsync"/>),
/// after which "complete" says the markers can be trusted to be all there is.
/// </summary>
internal sealed class ClientDebriefMarkers(IStorage storage)
{
    /// <summary>When the debrief was saved (for a backfilled marker, its index entry's time): the order of one date's debriefs.</summary>
    private const string ArchivedAtName = "archived_at";

    public static string Key(string practitionerId, string clientCode, DateOnly date, string debriefId)
        => Prefix(practitionerId, clientCode) + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "_" + StorageKey.Segment(debriefId);

    public async Task CreateAsync(string practitionerId, string clientCode, DateOnly date, string debriefId,
        IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken, DateTimeOffset? archivedAt = null)
    {
        var withTime = new Dictionary<string, string>(metadata, StringComparer.Ordinal);
        if (archivedAt is { } at)
        {
            withTime[ArchivedAtName] = at.ToString("O", CultureInfo.InvariantCulture);
        }
        try
        {
            // Flushed with the save's documents, written after it: a marker needs no flush of its own.
            await storage.WriteWithNextFlushAsync(Key(practitionerId, clientCode, date, debriefId), ReadOnlyMemory<byte>.Empty,
                WriteCondition.IfNotExists, withTime, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            // Made by an earlier attempt, a backfill or another instance: one marker is enough.
        }
    }

    /// <summary>This client's debriefs as their markers say, newest first (by date, then by when it was saved).</summary>
    public async Task<List<ArchivedDebriefEntry>> ListAsync(string practitionerId, string clientCode, CancellationToken cancellationToken)
    {
        var found = new List<ArchivedDebriefEntry>();
        await foreach (var entry in storage.ListAsync(Prefix(practitionerId, clientCode), cancellationToken).ConfigureAwait(false))
        {
            if (DebriefMetadata.ToEntry(entry) is { } debrief)
            {
                found.Add(ArchivedAt(entry) is { } at ? debrief with { ArchivedAt = at } : debrief);
            }
        }
        return found.OrderByDescending(e => e.Date).ThenByDescending(e => e.ArchivedAt)
            .ThenByDescending(e => e.DebriefId, StringComparer.Ordinal).ToList();
    }

    public Task DeleteAsync(string practitionerId, string clientCode, DateOnly date, string debriefId, CancellationToken cancellationToken)
        => storage.DeleteAsync(Key(practitionerId, clientCode, date, debriefId), cancellationToken);

    public async Task<bool> IsCompleteAsync(string practitionerId, CancellationToken cancellationToken)
        => await storage.ReadAsync(CompleteKey(practitionerId), cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// Marks every debrief of the practitioner's index, then records that the markers are complete.
    /// Safe to repeat and to race: markers are create-only, and a save during the backfill makes its own.
    /// </summary>
    public async Task BackfillAsync(string practitionerId, IEnumerable<ArchivedDebriefEntry> index, CancellationToken cancellationToken)
    {
        foreach (var entry in index)
        {
            if (DebriefMetadata.ClientOf(entry.Tags) is { } client)
            {
                await CreateAsync(practitionerId, client, entry.Date, entry.DebriefId, DebriefMetadata.For(entry), cancellationToken, entry.ArchivedAt).ConfigureAwait(false);
            }
        }
        try
        {
            await storage.WriteAsync(CompleteKey(practitionerId), ReadOnlyMemory<byte>.Empty, WriteCondition.IfNotExists,
                metadata: null, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            // Another instance finished the same backfill.
        }
    }

    /// <summary>
    /// Hashed so the code is not spelled out in blob names, which reach request and access logs that
    /// content and metadata do not. It is no secret (the record and the metadata hold it, and a short
    /// code is easy to guess from its hash), so a plain hash is enough. Upper-cased first because client
    /// codes compare without case.
    /// </summary>
    private static string Prefix(string practitionerId, string clientCode)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(clientCode.Trim().ToUpperInvariant()));
        return DebriefPaths.Clients(practitionerId) + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "/";
    }

    private static string CompleteKey(string practitionerId) => DebriefPaths.Clients(practitionerId) + "complete";

    private static DateTimeOffset? ArchivedAt(StorageEntry entry)
        => entry.Metadata.TryGetValue(ArchivedAtName, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
}
