using AllianceBot.Prompts.Enrichment;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Model;

/// <summary>One structured call per confirmed debrief; null whenever the offline result should stand.</summary>
public sealed class ModelDebriefEnricher(OpenAiModelClient client, IOptions<ModelOptions> options, ILogger<ModelDebriefEnricher> logger)
    : IDebriefEnricher
{
    private const string Operation = "debrief";

    public async Task<DebriefEnrichmentResult?> EnrichAsync(DebriefEnrichmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cap = options.Value.MaxInputTokens;
        var prompt = EnrichmentPrompts.ForDebrief(request, cap);
        if (prompt is null)
        {
            logger.OverBudget(Operation, cap);
            return null;
        }
        if (prompt.PassagesUsed < request.Passages.Count)
        {
            logger.PassagesTrimmed(Operation, prompt.PassagesUsed, request.Passages.Count, cap, prompt.EstimatedInputTokens);
        }

        var call = await client.CompleteJsonAsync(Operation, prompt, cancellationToken).ConfigureAwait(false);
        if (call.Outcome != ModelCallOutcome.Completed)
        {
            return null;
        }
        var result = DebriefEnrichmentValidator.Validate(call.Json, request);
        if (result is null)
        {
            logger.OutputRejected(Operation, "not the schema's shape");
            return null;
        }
        logger.EnrichmentAccepted(result.Findings.Count, result.Prompts.Count);
        return result;
    }
}
