using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework.Prompts;

/// <summary>True accepts the answer. A validator that sends its own message suppresses the standard retry prompt.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);

public sealed record PromptValidatorContext<T>(
    ITurnContext Context, PromptRecognizerResult<T> Recognized, JsonObject State, PromptOptions Options, int AttemptCount);

public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default)
{
    public static PromptRecognizerResult<T> Failed { get; } = new(false);

    public static PromptRecognizerResult<T> Of(T value) => new(true, value);
}
