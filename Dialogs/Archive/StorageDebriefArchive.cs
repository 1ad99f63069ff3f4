using System.Text;
using System.Text.Json;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// The archive over any <see cref="IStorage"/> (the Archive store), and the only door to it: its index,
/// its client markers and its tombstones live there too. Saving claims the id first with a create-only
/// index entry (the client's marker, <see cref="ClientDebriefMarkers"/>, beside it), then creates the two documents;
/// a retry finds the claim and only completes what is missing, so it never duplicates or overwrites.
/// Deleting goes the other way (documents, marker, then the claim), so an interrupted delete can be retried too.
/// </summary>
public sealed class StorageDebriefArchive : IDebriefArchive
{
    private const int MaxPractitionerIdLength = 256;
    private readonly IStorage _storage;
    private readonly ClientDebriefMarkers _clients;
    private readonly TimeProvider _time;

    /// <param name="storage">The archive store.</param>
    /// <param name="time">
    /// Stamps each client marker with when it was saved: the order of a client's debriefs on one date,
    /// finer than blob Last-Modified (whole seconds).
    /// </param>
    public StorageDebriefArchive(IStorage storage, TimeProvider? time = null)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _clients = new ClientDebriefMarkers(storage);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The archive as the bot runs it, in the archive store.</summary>
    public static StorageDebriefArchive For(BotStores stores)
    {
        ArgumentNullException.ThrowIfNull(stores);
        return new StorageDebriefArchive(stores.Archive);
    }

    private sealed record IndexRecord(DateOnly Date, string? Claim = null);

    public async Task<DebriefReceipt> SaveAsync(ArchivedDebrief debrief, CancellationToken cancellationToken = default)
    {
        Validate(debrief);
        var client = DebriefMetadata.ClientOf(debrief.Tags);
        // The marker goes out with the claim and asks for no flush of its own: the documents' flush that
        // follows puts it on disk (on the local store each round of flushing cost a confirm about 2 ms).
        // A marker whose debrief does not follow is harmless: a lookup reads the record and passes over
        // one that is not there.
        var claiming = ClaimAsync(debrief, cancellationToken);
        var marking = client is null ? Task.CompletedTask : MarkAsync(debrief, client, debrief.Date, cancellationToken);
        await Task.WhenAll(claiming, marking).ConfigureAwait(false);
        var (date, alreadyArchived) = await claiming.ConfigureAwait(false);

        var metadata = DebriefMetadata.For(debrief, date);
        var jsonKey = DebriefPaths.JsonKey(debrief.PractitionerId, date, debrief.DebriefId);
        var markdownKey = DebriefPaths.MarkdownKey(debrief.PractitionerId, date, debrief.DebriefId);
        // On Blob Storage each request is a round trip the practitioner waits for at confirm, so the
        // two documents go out side by side.
        if (client is not null && date != debrief.Date)
        {
            // A retry under another date: the debrief lives where its first claim put it, so is marked there.
            await MarkAsync(debrief, client, date, cancellationToken).ConfigureAwait(false);
        }
        await Task.WhenAll(
            CreateIfMissingAsync(jsonKey, debrief.Json, metadata, cancellationToken),
            CreateIfMissingAsync(markdownKey, debrief.Markdown, metadata, cancellationToken)).ConfigureAwait(false);
        return new DebriefReceipt(debrief.DebriefId, debrief.PractitionerId, date, jsonKey, markdownKey, alreadyArchived);
    }

    /// <summary>Claims the id with a create-only index entry; a retry (or a second confirm) of the same id finds the first claim's date.</summary>
    private async Task<(DateOnly Date, bool AlreadyArchived)> ClaimAsync(ArchivedDebrief debrief, CancellationToken cancellationToken)
    {
        var indexKey = DebriefPaths.IndexKey(debrief.PractitionerId, debrief.DebriefId);
        try
        {
            await _storage.WriteAsync(indexKey, JsonSerializer.SerializeToUtf8Bytes(new IndexRecord(debrief.Date, debrief.Claim), BotJson.Options),
                WriteCondition.IfNotExists, DebriefMetadata.For(debrief, debrief.Date), cancellationToken).ConfigureAwait(false);
            return (debrief.Date, false);
        }
        catch (StorageConflictException)
        {
            var existing = await ReadIndexRecordAsync(indexKey, cancellationToken).ConfigureAwait(false)
                ?? throw new StorageConflictException(indexKey);
            if (existing.Claim is not null && debrief.Claim is not null && existing.Claim != debrief.Claim)
            {
                // Another debrief drew this id: treating it as a retry would drop this one silently.
                throw new DebriefIdTakenException(debrief.DebriefId);
            }
            return (existing.Date, true);
        }
    }

    private Task MarkAsync(ArchivedDebrief debrief, string client, DateOnly date, CancellationToken cancellationToken)
        => _clients.CreateAsync(debrief.PractitionerId, client, date, debrief.DebriefId, DebriefMetadata.For(debrief, date), cancellationToken, _time.GetUtcNow());

    public async Task<ArchivedDebrief?> GetAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default)
    {
        if (!IsValidPractitioner(practitionerId) || !DebriefIds.IsValid(debriefId))
        {
            return null;
        }
        if (await ReadIndexAsync(DebriefPaths.IndexKey(practitionerId, debriefId), cancellationToken).ConfigureAwait(false) is not { } date)
        {
            return null;
        }
        var json = await _storage.ReadAsync(DebriefPaths.JsonKey(practitionerId, date, debriefId), cancellationToken).ConfigureAwait(false);
        var markdown = await _storage.ReadAsync(DebriefPaths.MarkdownKey(practitionerId, date, debriefId), cancellationToken).ConfigureAwait(false);
        if (json is null || markdown is null)
        {
            // Claimed but not yet complete (a save that failed half-way and was not retried yet).
            return null;
        }
        return new ArchivedDebrief(debriefId, practitionerId, date, Encoding.UTF8.GetString(json.Content.Span),
            Encoding.UTF8.GetString(markdown.Content.Span), DebriefMetadata.Tags(json.Metadata));
    }

    public async Task<string?> GetJsonAsync(string practitionerId, ArchivedDebriefEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!IsValidPractitioner(practitionerId) || !DebriefIds.IsValid(entry.DebriefId))
        {
            return null;
        }
        return await ReadJsonAsync(practitionerId, entry.Date, entry.DebriefId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> ReadJsonAsync(string practitionerId, DateOnly date, string debriefId, CancellationToken cancellationToken)
    {
        var json = await _storage.ReadAsync(DebriefPaths.JsonKey(practitionerId, date, debriefId), cancellationToken).ConfigureAwait(false);
        return json is null ? null : Encoding.UTF8.GetString(json.Content.Span);
    }

    public async Task<string?> GetLatestJsonAsync(string practitionerId, string clientCode, CancellationToken cancellationToken = default)
    {
        if (!IsValidPractitioner(practitionerId) || string.IsNullOrWhiteSpace(clientCode))
        {
            return null;
        }
        if (await LatestMarkedAsync(practitionerId, clientCode, cancellationToken).ConfigureAwait(false) is { } json)
        {
            return json;
        }
        if (await _clients.IsCompleteAsync(practitionerId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        // Debriefs archived before markers existed: marked once from the index, then looked up again.
        var index = await ListRecentAsync(practitionerId, int.MaxValue, cancellationToken).ConfigureAwait(false);
        await _clients.BackfillAsync(practitionerId, index, cancellationToken).ConfigureAwait(false);
        return await LatestMarkedAsync(practitionerId, clientCode, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One listing of the client's markers, then the newest record that is still there.</summary>
    private async Task<string?> LatestMarkedAsync(string practitionerId, string clientCode, CancellationToken cancellationToken)
    {
        foreach (var marked in await _clients.ListAsync(practitionerId, clientCode, cancellationToken).ConfigureAwait(false))
        {
            if (await ReadJsonAsync(practitionerId, marked.Date, marked.DebriefId, cancellationToken).ConfigureAwait(false) is { } json)
            {
                return json;
            }
            // A save still under way leaves its index claim; a delete that stopped half-way does not.
            if (await _storage.ReadAsync(DebriefPaths.IndexKey(practitionerId, marked.DebriefId), cancellationToken).ConfigureAwait(false) is null)
            {
                await _clients.DeleteAsync(practitionerId, clientCode, marked.Date, marked.DebriefId, cancellationToken).ConfigureAwait(false);
            }
        }
        return null;
    }

    public async Task<IReadOnlyList<ArchivedDebriefEntry>> ListRecentAsync(string practitionerId, int count, CancellationToken cancellationToken = default)
    {
        EnsureValidPractitioner(practitionerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        // One listing of this practitioner's index (metadata only), never of the whole archive.
        var entries = await CollectAsync(DebriefPaths.Index(practitionerId), isDocument: _ => true, cancellationToken).ConfigureAwait(false);
        return entries
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.ArchivedAt)
            .ThenByDescending(e => e.DebriefId, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    public async Task<IReadOnlyList<ArchivedDebriefEntry>> ListPeriodAsync(string practitionerId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        EnsureValidPractitioner(practitionerId);
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }
        var found = new List<ArchivedDebriefEntry>();
        foreach (var prefix in DebriefPaths.Period(practitionerId, from, to))
        {
            found.AddRange(await CollectAsync(prefix, key => key.EndsWith(".json", StringComparison.Ordinal), cancellationToken).ConfigureAwait(false));
        }
        return found.OrderBy(e => e.Date).ThenBy(e => e.ArchivedAt).ThenBy(e => e.DebriefId, StringComparer.Ordinal).ToList();
    }

    public async Task<bool> DeleteAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default)
    {
        if (!IsValidPractitioner(practitionerId) || !DebriefIds.IsValid(debriefId))
        {
            return false;
        }
        var indexKey = DebriefPaths.IndexKey(practitionerId, debriefId);
        if (await _storage.ReadAsync(indexKey, cancellationToken).ConfigureAwait(false) is not { } index)
        {
            return false;
        }
        var date = ParseIndex(index).Date;
        await _storage.DeleteAsync(DebriefPaths.JsonKey(practitionerId, date, debriefId), cancellationToken).ConfigureAwait(false);
        await _storage.DeleteAsync(DebriefPaths.MarkdownKey(practitionerId, date, debriefId), cancellationToken).ConfigureAwait(false);
        // A model's second look belongs to the record: deleting the debrief deletes it too.
        await _storage.DeleteAsync(StorageEnrichmentStore.Key(practitionerId, date, debriefId), cancellationToken).ConfigureAwait(false);
        if (DebriefMetadata.ClientOf(DebriefMetadata.Tags(index.Metadata)) is { } client)
        {
            await _clients.DeleteAsync(practitionerId, client, date, debriefId, cancellationToken).ConfigureAwait(false);
        }
        return await _storage.DeleteAsync(indexKey, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> SaveTombstoneAsync(DebriefTombstone tombstone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tombstone);
        EnsureValidPractitioner(tombstone.PractitionerId);
        DebriefIds.EnsureValid(tombstone.DebriefId);
        return await CreateIfMissingAsync(DebriefPaths.TombstoneKey(tombstone.PractitionerId, tombstone.DebriefId),
            JsonSerializer.Serialize(tombstone, BotJson.Options), new Dictionary<string, string> { ["kind"] = "tombstone" }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DebriefTombstone?> GetTombstoneAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default)
    {
        if (!IsValidPractitioner(practitionerId) || !DebriefIds.IsValid(debriefId))
        {
            return null;
        }
        var item = await _storage.ReadAsync(DebriefPaths.TombstoneKey(practitionerId, debriefId), cancellationToken).ConfigureAwait(false);
        return item is null ? null : ParseTombstone(item);
    }

    public async Task<IReadOnlyList<DebriefTombstone>> ListTombstonesAsync(string practitionerId, CancellationToken cancellationToken = default)
    {
        EnsureValidPractitioner(practitionerId);
        var keys = new List<string>();
        await foreach (var entry in _storage.ListAsync(DebriefPaths.Tombstones(practitionerId), cancellationToken).ConfigureAwait(false))
        {
            keys.Add(entry.Key);
        }
        var found = new List<DebriefTombstone>();
        foreach (var key in keys)
        {
            if (await _storage.ReadAsync(key, cancellationToken).ConfigureAwait(false) is { } item && ParseTombstone(item) is { } tombstone)
            {
                found.Add(tombstone);
            }
        }
        return found.OrderByDescending(t => t.At).ThenBy(t => t.DebriefId, StringComparer.Ordinal).ToList();
    }

    // An unreadable tombstone is skipped, not fatal: the listing of the others still answers.
    private static DebriefTombstone? ParseTombstone(StorageItem item)
    {
        try
        {
            return JsonSerializer.Deserialize<DebriefTombstone>(item.Content.Span, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<List<ArchivedDebriefEntry>> CollectAsync(string prefix, Func<string, bool> isDocument, CancellationToken cancellationToken)
    {
        var entries = new List<ArchivedDebriefEntry>();
        await foreach (var entry in _storage.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            if (isDocument(entry.Key) && DebriefMetadata.ToEntry(entry) is { } debrief)
            {
                entries.Add(debrief);
            }
        }
        return entries;
    }

    private async Task<DateOnly?> ReadIndexAsync(string indexKey, CancellationToken cancellationToken)
        => (await ReadIndexRecordAsync(indexKey, cancellationToken).ConfigureAwait(false))?.Date;

    private async Task<IndexRecord?> ReadIndexRecordAsync(string indexKey, CancellationToken cancellationToken)
    {
        var item = await _storage.ReadAsync(indexKey, cancellationToken).ConfigureAwait(false);
        return item is null ? null : ParseIndex(item);
    }

    private static IndexRecord ParseIndex(StorageItem item)
        => JsonSerializer.Deserialize<IndexRecord>(item.Content.Span, BotJson.Options)
            ?? throw new JsonException($"The index entry {item.Key} is empty.");

    /// <returns>False when an earlier attempt wrote it.</returns>
    private async Task<bool> CreateIfMissingAsync(string key, string text, Dictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        try
        {
            await _storage.WriteAsync(key, Encoding.UTF8.GetBytes(text), WriteCondition.IfNotExists, metadata, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageConflictException)
        {
            // Written by an earlier attempt; archived documents are never overwritten.
            return false;
        }
    }

    private static void Validate(ArchivedDebrief debrief)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        DebriefIds.EnsureValid(debrief.DebriefId);
        EnsureValidPractitioner(debrief.PractitionerId);
        ArgumentNullException.ThrowIfNull(debrief.Json);
        ArgumentNullException.ThrowIfNull(debrief.Markdown);
        ArgumentNullException.ThrowIfNull(debrief.Tags);
        foreach (var name in debrief.Tags.Keys)
        {
            if (!DebriefMetadata.IsValidTagName(name))
            {
                throw new ArgumentException($"Tag name '{name}' must be a lowercase identifier of at most 60 characters.", nameof(debrief));
            }
        }
        try
        {
            using var _ = JsonDocument.Parse(debrief.Json);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("The debrief record is not valid JSON.", nameof(debrief), ex);
        }
    }

    private static bool IsValidPractitioner(string? practitionerId)
        => !string.IsNullOrWhiteSpace(practitionerId) && practitionerId.Length <= MaxPractitionerIdLength;

    private static void EnsureValidPractitioner(string? practitionerId)
    {
        if (!IsValidPractitioner(practitionerId))
        {
            throw new ArgumentException($"A practitioner id is required (at most {MaxPractitionerIdLength} characters).", nameof(practitionerId));
        }
    }
}
