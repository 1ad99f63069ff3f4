using AllianceBot.Prompts.Enrichment;
using Microsoft.Extensions.Options;

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
        var cap = options.Value.MaxInputTokens;
        var prompt = EnrichmentPrompts.ForQuestion(request, cap);
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
        // Validate against the passages the model actually saw, not the ones trimmed away.
        var sent = request with { Passages = request.Passages.Take(prompt.PassagesUsed).ToList() };
        var answer = GroundedAnswerValidator.Validate(call.Json, sent);
        if (answer is null)
        {
            logger.OutputRejected(Operation, "not grounded in the retrieved passages");
        }
        return answer;
    }
}
