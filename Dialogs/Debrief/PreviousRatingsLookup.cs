using AllianceBot.Dialogs.Archive;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The practitioner's ratings in their latest saved debrief of the same client, so the engine can
/// notice a drop in the alliance (AC-DROP). Only the caller's own archive is read.
/// </summary>
public sealed class PreviousRatingsLookup(IDebriefArchive archive)
{
    /// <summary>How far back to look; a client seen less often than this has no trend to speak of.</summary>
    private const int Window = 50;

    public async Task<RatingsRecord?> FindAsync(string practitionerId, string clientCode, CancellationToken cancellationToken)
    {
        var entries = await archive.ListRecentAsync(practitionerId, Window, cancellationToken).ConfigureAwait(false);
        var latest = entries.FirstOrDefault(e => e.Tags.TryGetValue(DebriefTags.ClientCode, out var code)
            && string.Equals(code, clientCode, StringComparison.OrdinalIgnoreCase));
        if (latest is null || await archive.GetJsonAsync(practitionerId, latest, cancellationToken).ConfigureAwait(false) is not { } json)
        {
            return null;
        }
        return DebriefRecordBuilder.FromJson(json)?.Ratings;
    }
}
