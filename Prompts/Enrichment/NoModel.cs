namespace AllianceBot.Prompts.Enrichment;

/// <summary>Used when no model is configured: every call keeps the offline result, at no cost.</summary>
public sealed class NoModel : IDebriefEnricher, IQuestionAnswerEnricher
{
    public static NoModel Instance { get; } = new();

    public Task<DebriefEnrichmentResult?> EnrichAsync(DebriefEnrichmentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<DebriefEnrichmentResult?>(null);

    public Task<GroundedModelAnswer?> AnswerAsync(GroundedAnswerRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<GroundedModelAnswer?>(null);
}
