using AllianceBot.Dialogs.Questions;
using AllianceBot.Prompts.Enrichment;
using AllianceBot.Prompts.Questions;
using Microsoft.Extensions.Options;
using AllianceBot.Dialogs.Telemetry;

namespace AllianceBot.Bot.Model;

/// <summary>
/// Asks the model inside the question's turn, within Model:QuestionBudgetSeconds; whatever happens
/// after that (slow, failed, ungrounded) the offline answer stands, so a question never waits long.
/// </summary>
public sealed class ModelAnswerRefiner(IQuestionAnswerEnricher enricher, IOptions<ModelOptions> options, ILogger<ModelAnswerRefiner> logger)
    : IAnswerRefiner
{
    public bool IsEnabled => options.Value.Enabled;

    public async Task<QuestionAnswer?> RefineAsync(string maskedQuestion, string? maskedPrevious, QuestionAnswer offline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offline);
        // The dialog already filters, but a crisis or uncovered answer must never be replaced, whoever calls.
        if (offline.Kind != AnswerKind.Answered || offline.Passages.Count == 0)
        {
            return null;
        }
        // Only the passages retrieved for the message go to the model; the validator refuses any other citation.
        var request = new GroundedAnswerRequest(maskedQuestion,
            offline.Passages.Select(p => new KnowledgeSnippet(p.Code, p.Title, p.Text)).ToList(), EarlierQuestion: maskedPrevious);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.QuestionBudget);
        try
        {
            var answer = await enricher.AnswerAsync(request, budget.Token).ConfigureAwait(false);
            return answer is null ? null : offline with { Text = answer.Text, CitedCodes = answer.CitedCodes };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.QuestionBudgetSpent((long)options.Value.QuestionBudget.TotalMilliseconds);
            BotMetrics.ModelFellBack("question", "question budget spent");
            return null;
        }
    }
}
