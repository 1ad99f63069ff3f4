using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework.Prompts;

/// <summary>One of <see cref="PromptOptions.Choices"/>: by number, title, part of a title or synonym, or by card button.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var choices = options.Choices ?? [];
        var question = isRetry
            ? options.RetryPrompt ?? PromptCard.WithText(options.Prompt, $" {EngineCopy.ChoiceHint}")
            : options.Prompt ?? PromptOptions.Question(EngineCopy.ChoiceHint);
        switch (options.Style)
        {
            case ListStyle.Card:
                question.Attachments = [PromptCard.Buttons(choices.Select(c => new CardButton(c.Value, JsonValue.Create(c.Value))), PromptCard.PromptId(state))];
                break;
            case ListStyle.List:
                // Markdown: a blank line before the list, one option per line.
                question = PromptCard.WithText(question, "\n\n" + string.Join('\n', choices.Select((c, i) => $"{i + 1}. {c.Value}")));
                break;
        }
        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var choices = options.Choices ?? [];
        var answer = PromptCard.SubmittedValue(turnContext.Activity, state) switch
        {
            { ValueKind: JsonValueKind.String } submitted => submitted.GetString(),
            { ValueKind: JsonValueKind.Number } submitted => submitted.GetRawText(),
            _ => turnContext.Activity.TextWithoutMention(),
        };
        var found = ChoiceRecognizer.Recognize(answer, choices);
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failed : PromptRecognizerResult<FoundChoice>.Of(found));
    }
}
