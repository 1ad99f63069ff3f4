namespace AllianceBot.Dialogs.Archive;

/// <summary>Companion documents of archived debriefs ({id}.enrichment.json beside {id}.json), created once.</summary>
public interface IEnrichmentStore
{
    /// <summary>False when the debrief already has one (it is never overwritten).</summary>
    Task<bool> SaveAsync(string practitionerId, DateOnly date, DebriefEnrichmentDocument document, CancellationToken cancellationToken = default);

    Task<DebriefEnrichmentDocument?> GetAsync(string practitionerId, DateOnly date, string debriefId, CancellationToken cancellationToken = default);
}
