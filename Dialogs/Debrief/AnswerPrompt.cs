using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Asks one debrief question and takes the answer typed or from the card sent with it (all the
/// card's inputs, not only a button value). The check returns null to accept or the retry, which is
/// sent with a card (its own, or the question's card again) so that a card answer can be corrected.
/// </summary>
public sealed class AnswerPrompt(string id, Func<ITurnContext, UserAnswer, Task<Retry?>> check)
    : Prompt<UserAnswer>(id, (prompt, ct) => ValidateAsync(prompt, check))
{
    protected override Task<PromptRecognizerResult<UserAnswer>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var answer = UserAnswer.From(turnContext.Activity);
        return Task.FromResult(answer.Text.Length > 0 || answer.IsCard
            ? PromptRecognizerResult<UserAnswer>.Of(answer)
            : PromptRecognizerResult<UserAnswer>.Failed);
    }

    private static async Task<bool> ValidateAsync(PromptValidatorContext<UserAnswer> prompt, Func<ITurnContext, UserAnswer, Task<Retry?>> check)
    {
        if (!prompt.Recognized.Succeeded || prompt.Recognized.Value is null)
        {
            return false;
        }
        if (await check(prompt.Context, prompt.Recognized.Value).ConfigureAwait(false) is not { } retry)
        {
            return true;
        }
        // Text answers get the retry alone; a card answer gets its card back so the user can fix it.
        var message = PromptOptions.Question(retry.Text);
        if (retry.Card is { } card)
        {
            message.Attachments = [Cards.AdaptiveCard.ToAttachment(card)];
        }
        else if (prompt.Recognized.Value.IsCard && prompt.Options.Prompt?.Attachments is { Count: > 0 } attachments)
        {
            message.Attachments = attachments;
        }
        await prompt.Context.SendActivityAsync(message).ConfigureAwait(false);
        return false;
    }
}

/// <summary>Why an answer was not accepted, and optionally the card to send back (with what was entered).</summary>
public sealed record Retry(string Text, JsonObject? Card = null);
