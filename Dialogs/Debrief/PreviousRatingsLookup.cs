using AllianceBot.Dialogs.Archive;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The practitioner's ratings in their latest saved debrief of the same client, so the engine can
/// notice a drop in the alliance (AC-DROP). Only the caller's own archive is read.
/// </summary>
public sealed class PreviousRatingsLookup(IDebriefArchive archive)
{
    public async Task<RatingsRecord?> FindAsync(string practitionerId, string clientCode, CancellationToken cancellationToken)
        => await archive.GetLatestJsonAsync(practitionerId, clientCode, cancellationToken).ConfigureAwait(false) is { } json
            ? DebriefRecordBuilder.FromJson(json)?.Ratings
            : null;
}
