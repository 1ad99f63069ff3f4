namespace AllianceBot.Prompts.Enrichment;

/// <summary>Optional model enrichment of a confirmed debrief.</summary>
public interface IDebriefEnricher
{
    /// <summary>Null means "keep the offline result": no model, failure, timeout, filter or invalid output.</summary>
    Task<DebriefEnrichmentResult?> EnrichAsync(DebriefEnrichmentRequest request, CancellationToken cancellationToken);
}
