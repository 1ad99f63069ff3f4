using System.Text;
using System.Text.Json;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Tests.Support;

/// <summary>Stand-in for the storage branch's archive until it is merged: create-only documents on a real IStorage.</summary>
public sealed class StoreBackedArchive(IStorage storage) : IDebriefArchive
{
    public async Task<DebriefReceipt> SaveAsync(ArchivedDebrief debrief, CancellationToken cancellationToken = default)
    {
        var key = Key(debrief.PractitionerId, debrief.DebriefId);
        var already = false;
        try
        {
            await storage.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(debrief, BotJson.Options), WriteCondition.IfNotExists,
                new Dictionary<string, string> { ["date"] = debrief.Date.ToString("yyyy-MM-dd") }, cancellationToken);
        }
        catch (StorageConflictException)
        {
            already = true;
        }
        return new DebriefReceipt(debrief.DebriefId, debrief.PractitionerId, debrief.Date, key, key, already);
    }

    public async Task<ArchivedDebrief?> GetAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default)
        => await storage.ReadAsync(Key(practitionerId, debriefId), cancellationToken) is { } item
            ? JsonSerializer.Deserialize<ArchivedDebrief>(Encoding.UTF8.GetString(item.Content.Span), BotJson.Options)
            : null;

    public async Task<IReadOnlyList<ArchivedDebriefEntry>> ListRecentAsync(string practitionerId, int count, CancellationToken cancellationToken = default)
    {
        var entries = new List<ArchivedDebriefEntry>();
        await foreach (var entry in storage.ListAsync($"debriefs/{StorageKey.Segment(practitionerId)}/", cancellationToken))
        {
            if (await GetAsync(practitionerId, Uri.UnescapeDataString(entry.Key.Split('/')[^1]), cancellationToken) is { } d)
            {
                entries.Add(new ArchivedDebriefEntry(d.DebriefId, d.PractitionerId, d.Date, d.Tags, entry.LastModified));
            }
        }
        return entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.DebriefId).Take(count).ToList();
    }

    public async Task<IReadOnlyList<ArchivedDebriefEntry>> ListPeriodAsync(string practitionerId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
        => (await ListRecentAsync(practitionerId, int.MaxValue, cancellationToken)).Where(e => e.Date >= from && e.Date <= to).OrderBy(e => e.Date).ToList();

    public Task<bool> DeleteAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default)
        => storage.DeleteAsync(Key(practitionerId, debriefId), cancellationToken);

    private static string Key(string practitionerId, string debriefId) => StorageKey.Join("debriefs", practitionerId, debriefId);
}
