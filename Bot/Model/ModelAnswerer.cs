using AllianceBot.Prompts.Enrichment;
using Microsoft.Extensions.Options;
using AllianceBot.Dialogs.Telemetry;

namespace AllianceBot.Bot.Model;

/// <summary>One call per question, answered from the retrieved passages only; null whenever the offline answer should stand.</summary>
public sealed class ModelAnswerer(OpenAiModelClient client, IOptions<ModelOptions> options, ILogger<ModelAnswerer> logger)
    : IQuestionAnswerEnricher
{
    private const string Operation = "question";

    public async Task<GroundedModelAnswer?> AnswerAsync(GroundedAnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The caller should not ask, but a crisis answer must be the offline safety guidance,
        // immediate and the same every time, so this guard does not rely on the caller.
        if (request.IsCrisis)
        {
            logger.CrisisRefused();
            return null;
        }
        var prompt = EnrichmentPrompts.ForQuestion(request, options.Value.MaxInputTokens);
        if (await client.CompleteWithinBudgetAsync(Operation, prompt, request.Passages.Count, logger, cancellationToken).ConfigureAwait(false)
            is not { } json)
        {
            return null;
        }
        // Validate against the passages the model actually saw, not the ones trimmed away.
        var sent = request with { Passages = request.Passages.Take(prompt!.PassagesUsed).ToList() };
        var answer = GroundedAnswerValidator.Validate(json, sent);
        if (answer is null)
        {
            logger.OutputRejected(Operation, "not grounded in the retrieved passages");
            BotMetrics.ModelFellBack(Operation, "not grounded");
        }
        return answer;
    }
}
