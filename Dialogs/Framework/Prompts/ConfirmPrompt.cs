using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework.Prompts;

/// <summary>Yes or no, typed (yes, y, yeah, sure, ok, no, n, nope...) or clicked on Yes/No card buttons.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private static readonly FrozenDictionary<string, bool> Answers = new Dictionary<string, bool>
    {
        ["yes"] = true, ["y"] = true, ["yeah"] = true, ["yep"] = true, ["yup"] = true, ["yes please"] = true,
        ["sure"] = true, ["ok"] = true, ["okay"] = true, ["correct"] = true, ["right"] = true, ["that's right"] = true,
        ["true"] = true, ["of course"] = true,
        ["no"] = false, ["n"] = false, ["nope"] = false, ["nah"] = false, ["no thanks"] = false, ["not really"] = false,
        ["wrong"] = false, ["incorrect"] = false, ["false"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PromptRecognizerResult<bool> Recognize(string? text)
    {
        var normalized = ActivityText.Normalize(text);
        if (Answers.TryGetValue(normalized, out var exact))
        {
            return PromptRecognizerResult<bool>.Of(exact);
        }
        // "yes, that's him" / "no - not quite": the first word decides when it is a plain yes or no.
        var first = normalized.Split([' ', ',', '-', ';', ':'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is "yes" or "yeah" or "yep" or "no" or "nope" or "nah"
            ? PromptRecognizerResult<bool>.Of(Answers[first])
            : PromptRecognizerResult<bool>.Failed;
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = isRetry
            ? options.RetryPrompt ?? PromptCard.WithText(options.Prompt, $" {EngineCopy.YesNoHint}")
            : options.Prompt ?? PromptOptions.Question(EngineCopy.YesNoHint);
        switch (options.Style)
        {
            case ListStyle.Card:
                question.Attachments = [PromptCard.Buttons([new CardButton(EngineCopy.Yes, JsonValue.Create(true)), new CardButton(EngineCopy.No, JsonValue.Create(false))], PromptCard.PromptId(state))];
                break;
            case ListStyle.List when !isRetry:
                question = PromptCard.WithText(question, " (yes or no)");
                break;
        }
        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = PromptCard.SubmittedValue(turnContext.Activity, state) switch
        {
            { ValueKind: JsonValueKind.True } => PromptRecognizerResult<bool>.Of(true),
            { ValueKind: JsonValueKind.False } => PromptRecognizerResult<bool>.Of(false),
            { ValueKind: JsonValueKind.String } submitted => Recognize(submitted.GetString()),
            _ => Recognize(turnContext.Activity.TextWithoutMention()),
        };
        return Task.FromResult(result);
    }
}
