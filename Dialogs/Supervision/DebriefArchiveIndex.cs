using AllianceBot.Dialogs.Archive;
using System.Runtime.CompilerServices;
using AllianceBot.Dialogs.State;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Reads confirmed debriefs back from the archive for digests. It lists one day prefix per
/// practitioner and date, so the cost follows the period's debriefs, not everything ever stored;
/// and it reads at composition time, so a deleted debrief is never in a digest.
/// </summary>
public sealed class DebriefArchiveIndex(IStorage archive)
{
    /// <summary>Parallel reads per day: enough to hide blob latency without flooding the store.</summary>
    private const int ReadConcurrency = 8;

    public async IAsyncEnumerable<DigestDebrief> ReadPeriodAsync(string practitionerId, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var days = Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber + 1)).Select(from.AddDays).ToList();
        // Day prefixes are listed a few at a time: each listing is one round trip to blob storage.
        foreach (var batch in days.Chunk(ReadConcurrency))
        {
            var listed = await Task.WhenAll(batch.Select(day => ListDayAsync(practitionerId, day, cancellationToken))).ConfigureAwait(false);
            foreach (var (day, keys) in batch.Zip(listed))
            {
                foreach (var chunk in keys.Chunk(ReadConcurrency))
                {
                    var items = await Task.WhenAll(chunk.Select(k => archive.ReadAsync(k, cancellationToken))).ConfigureAwait(false);
                    foreach (var item in items)
                    {
                        // Deleted between listing and reading: it is gone, so it is not in the digest.
                        if (item is not null && DigestDebriefMapper.TryMap(item.Content.Span, item.Key, practitionerId, day) is { } debrief)
                        {
                            yield return debrief;
                        }
                    }
                }
            }
        }
    }

    private async Task<List<string>> ListDayAsync(string practitionerId, DateOnly day, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var entry in archive.ListAsync(DebriefPaths.Day(practitionerId, day), cancellationToken).ConfigureAwait(false))
        {
            // Only the records: "{id}.json", not the companions beside them ("{id}.enrichment.json").
            if (entry.Key.EndsWith(".json", StringComparison.Ordinal) && !entry.Key[(entry.Key.LastIndexOf('/') + 1)..^".json".Length].Contains('.', StringComparison.Ordinal))
            {
                keys.Add(entry.Key);
            }
        }
        return keys;
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
        => await archive.ReadAsync(key, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>The archive key of a debrief by id within one practitioner's folder, or null.</summary>
    public async Task<string?> FindAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default)
    {
        var suffix = "/" + StorageKey.Segment(debriefId) + ".json";
        await foreach (var entry in archive.ListAsync(DebriefPaths.Practitioner(practitionerId), cancellationToken).ConfigureAwait(false))
        {
            if (entry.Key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return entry.Key;
            }
        }
        return null;
    }
}
