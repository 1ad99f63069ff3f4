using AllianceBot.Prompts.Enrichment;
using Microsoft.Extensions.Options;
using AllianceBot.Dialogs.Telemetry;

namespace AllianceBot.Bot.Model;

/// <summary>One structured call per confirmed debrief; null whenever the offline result should stand.</summary>
public sealed class ModelDebriefEnricher(OpenAiModelClient client, IOptions<ModelOptions> options, ILogger<ModelDebriefEnricher> logger)
    : IDebriefEnricher
{
    private const string Operation = "debrief";

    public async Task<DebriefEnrichmentResult?> EnrichAsync(DebriefEnrichmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prompt = EnrichmentPrompts.ForDebrief(request, options.Value.MaxInputTokens);
        if (await client.CompleteWithinBudgetAsync(Operation, prompt, request.Passages.Count, logger, cancellationToken).ConfigureAwait(false)
            is not { } json)
        {
            return null;
        }
        var result = DebriefEnrichmentValidator.Validate(json, request);
        if (result is null)
        {
            logger.OutputRejected(Operation, "not the schema's shape");
            BotMetrics.ModelFellBack(Operation, "invalid output");
            return null;
        }
        logger.EnrichmentAccepted(result.Findings.Count, result.Prompts.Count);
        return result;
    }
}
