using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Reads confirmed debriefs back for digests through the archive's one door: its period listing (one
/// prefix per day, whole months as one), then each record, parsed by the record's own parser. It reads
/// at composition time, so a deleted debrief is never in a digest.
/// </summary>
public sealed class DigestReading(IDebriefArchive archive)
{
    /// <summary>Parallel reads: enough to hide blob latency without flooding the store.</summary>
    private const int ReadConcurrency = 8;

    public async Task<List<DigestDebrief>> ReadPeriodAsync(string practitionerId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
        => await ReadAsync(practitionerId, await archive.ListPeriodAsync(practitionerId, from, to, cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

    /// <summary>The records of these listed debriefs, in the listing's order; one that is gone or unreadable is left out.</summary>
    public async Task<List<DigestDebrief>> ReadAsync(string practitionerId, IEnumerable<ArchivedDebriefEntry> entries, CancellationToken cancellationToken = default)
    {
        var read = new List<DigestDebrief>();
        foreach (var chunk in entries.Chunk(ReadConcurrency))
        {
            var jsons = await Task.WhenAll(chunk.Select(e => archive.GetJsonAsync(practitionerId, e, cancellationToken))).ConfigureAwait(false);
            foreach (var (entry, json) in chunk.Zip(jsons))
            {
                // Deleted between listing and reading: it is gone, so it is not in the digest.
                if (json is not null && DebriefRecordBuilder.FromJson(json) is { } record)
                {
                    read.Add(ToDigest(record, practitionerId, entry));
                }
            }
        }
        return read;
    }

    /// <summary>The practitioner and date come from the listing, which is what access was decided on.</summary>
    private static DigestDebrief ToDigest(DebriefRecord record, string practitionerId, ArchivedDebriefEntry entry) => new(
        entry.DebriefId,
        practitionerId,
        entry.Date,
        DebriefPaths.JsonKey(practitionerId, entry.Date, entry.DebriefId),
        new AllianceRatings(record.Ratings.Goals, record.Ratings.Tasks, record.Ratings.Bond),
        record.Findings.Select(f => new DigestFinding(f.Code, f.Severity, f.Evidence, f.Source, f.Confirmed)).ToList(),
        record.NextSteps,
        record.ClientCode,
        record.BringToSupervision,
        record.ConfirmedAt);
}
