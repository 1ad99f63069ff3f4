using AllianceBot.Prompts.Questions;

namespace AllianceBot.Dialogs.Questions;

/// <summary>
/// A second opinion on an offline answer inside the turn (a model, where one is configured). The seam
/// keeps Dialogs free of HTTP: the host implements it. Only answers of kind Answered are offered.
/// </summary>
public interface IAnswerRefiner
{
    /// <summary>False when there is nothing to ask: the offline answer goes out as before, with no typing indicator.</summary>
    bool IsEnabled { get; }

    /// <summary>The offline answer with the refined text and cited codes, or null to keep the offline answer.</summary>
    /// <param name="maskedPrevious">The message before, which a follow-up leans on; null when there is none.</param>
    Task<QuestionAnswer?> RefineAsync(string maskedQuestion, string? maskedPrevious, QuestionAnswer offline, CancellationToken cancellationToken);
}

/// <summary>The default: offline answers stand, and nothing about the turn changes.</summary>
public sealed class NoAnswerRefiner : IAnswerRefiner
{
    public static NoAnswerRefiner Instance { get; } = new();

    public bool IsEnabled => false;

    public Task<QuestionAnswer?> RefineAsync(string maskedQuestion, string? maskedPrevious, QuestionAnswer offline, CancellationToken cancellationToken)
        => Task.FromResult<QuestionAnswer?>(null);
}
