using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// Companion documents in the archive's own storage. Written without archive metadata, so listings
/// of debriefs (which read metadata) never mistake one for a record.
/// </summary>
public sealed class StorageEnrichmentStore(IStorage storage) : IEnrichmentStore
{
    private readonly IStorage _storage = storage ?? throw new ArgumentNullException(nameof(storage));

    public static string Key(string practitionerId, DateOnly date, string debriefId)
        => DebriefPaths.Day(practitionerId, date) + StorageKey.Segment(debriefId) + ".enrichment.json";

    public async Task<bool> SaveAsync(string practitionerId, DateOnly date, DebriefEnrichmentDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        DebriefIds.EnsureValid(document.DebriefId);
        try
        {
            await _storage.WriteAsync(Key(practitionerId, date, document.DebriefId),
                JsonSerializer.SerializeToUtf8Bytes(document, BotJson.Options), WriteCondition.IfNotExists, null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    public async Task<DebriefEnrichmentDocument?> GetAsync(string practitionerId, DateOnly date, string debriefId, CancellationToken cancellationToken = default)
    {
        if (!DebriefIds.IsValid(debriefId))
        {
            return null;
        }
        var item = await _storage.ReadAsync(Key(practitionerId, date, debriefId), cancellationToken).ConfigureAwait(false);
        return item is null ? null : JsonSerializer.Deserialize<DebriefEnrichmentDocument>(item.Content.Span, BotJson.Options);
    }
}
