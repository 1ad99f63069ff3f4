using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Questions;

namespace AllianceBot.Dialogs.Questions;

/// <summary>
/// Replies to a question in the conversation: the engine's answer from the knowledge base (worked out by
/// <see cref="ISupervisionReasoning.Answer"/>) with the codes it rests on, passing the previous question
/// (kept in conversation state) for follow-ups. Crisis answers are sent exactly as the engine gives them.
/// </summary>
public sealed class QuestionResponder(ISupervisionReasoning reasoning, ConversationState conversationState, TimeProvider time,
    IAnswerRefiner? refiner = null)
{
    public const string PropertyName = "questions";

    /// <summary>A follow-up older than this is a new question.</summary>
    private static readonly TimeSpan FollowUpWindow = TimeSpan.FromHours(1);

    private readonly IStatePropertyAccessor<QuestionMemory> _memory = conversationState.CreateProperty<QuestionMemory>(PropertyName);

    public Task AnswerAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken)
        => TryAnswerAsync(turnContext, question, replyWhenNotCovered: true, cancellationToken);

    /// <summary>
    /// Answers, and says so: false when the material does not cover the message and
    /// <paramref name="replyWhenNotCovered"/> is false, in which case nothing was sent or remembered
    /// (the router answers a statement it cannot place with what the bot can do).
    /// </summary>
    public async Task<bool> TryAnswerAsync(ITurnContext turnContext, string question, bool replyWhenNotCovered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (string.IsNullOrWhiteSpace(question))
        {
            await turnContext.SendActivityAsync(QuestionsCopy.AskWhat, cancellationToken).ConfigureAwait(false);
            return true;
        }
        var memory = await _memory.GetAsync(turnContext, () => new QuestionMemory(), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var previous = memory.LastQuestion is not null && now - memory.AskedAt < FollowUpWindow ? memory.LastQuestion : null;
        // Questions are masked like everything else that is stored (the memory is in conversation state).
        var masked = reasoning.Mask(question.Trim());
        var answer = reasoning.Answer(masked, previous);
        if (answer.Kind == AnswerKind.NotCovered && !replyWhenNotCovered)
        {
            return false;
        }
        (memory.LastQuestion, memory.AskedAt) = (masked, now);
        if (answer.Kind == AnswerKind.Answered && refiner is { IsEnabled: true } active)
        {
            // Crisis and not-covered answers never leave the offline engine; the rest may be refined, under a typing indicator.
            answer = await TypingIndicator.WhileAsync(turnContext, ct => active.RefineAsync(masked, previous, answer, ct), cancellationToken)
                .ConfigureAwait(false) ?? answer;
        }
        await turnContext.SendActivityAsync(Format(answer), cancellationToken).ConfigureAwait(false);
        return true;
    }

    public static string Format(QuestionAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Kind == AnswerKind.Answered && answer.CitedCodes.Count > 0
            ? $"{answer.Text}\n\n{QuestionsCopy.Sources(answer.CitedCodes)}"
            : answer.Text;
    }
}
