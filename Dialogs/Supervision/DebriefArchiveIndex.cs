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
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var keys = new List<string>();
            await foreach (var entry in archive.ListAsync(DebriefPaths.DayPrefix(practitionerId, day), cancellationToken).ConfigureAwait(false))
            {
                if (entry.Key.EndsWith(".json", StringComparison.Ordinal))
                {
                    keys.Add(entry.Key);
                }
            }
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

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
        => await archive.ReadAsync(key, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>The archive key of a debrief by id within one practitioner's folder, or null.</summary>
    public async Task<string?> FindAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default)
    {
        var suffix = "/" + StorageKey.Segment(debriefId) + ".json";
        await foreach (var entry in archive.ListAsync(DebriefPaths.PractitionerPrefix(practitionerId), cancellationToken).ConfigureAwait(false))
        {
            if (entry.Key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return entry.Key;
            }
        }
        return null;
    }
}
