using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework.Prompts;

/// <summary>Any non-empty text (without @mentions), or a string submitted from a card input named <c>value</c>.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.TextWithoutMention();
        if (text.Length == 0 && PromptCard.SubmittedValue(turnContext.Activity, state) is { ValueKind: JsonValueKind.String } submitted)
        {
            text = submitted.GetString()!.Trim();
        }
        return Task.FromResult(text.Length > 0 ? PromptRecognizerResult<string>.Of(text) : PromptRecognizerResult<string>.Failed);
    }
}
