namespace AllianceBot.Prompts.Enrichment;

/// <summary>Optional model answer to a question about the standard, grounded in retrieved passages.</summary>
public interface IQuestionAnswerEnricher
{
    /// <summary>Null means "keep the offline answer": no model, crisis, failure, or an answer not grounded in the passages.</summary>
    Task<GroundedModelAnswer?> AnswerAsync(GroundedAnswerRequest request, CancellationToken cancellationToken);
}
