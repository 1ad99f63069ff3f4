using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework.Prompts;

/// <summary>
/// A whole number from <paramref name="min"/> to <paramref name="max"/>, typed ("4", "four") or
/// clicked (a small range is offered as card buttons). A rejected answer is told what was wrong
/// ("4.5 isn't a whole number", "11 is outside the range") along with the range.
/// </summary>
public sealed partial class NumberPrompt(string id, int min, int max, PromptValidator<int>? validator = null) : Prompt<int>(id, validator)
{
    private const string ProblemKey = "problem";
    private const int MaxButtons = 10;

    public int Min { get; } = min <= max ? min : throw new ArgumentOutOfRangeException(nameof(min), "min must not exceed max.");
    public int Max { get; } = max;

    /// <summary>The number, or why the answer is not one in range.</summary>
    public (int? Value, string? Problem) Recognize(string? text)
    {
        var answer = (text ?? string.Empty).Trim().TrimEnd('.', '!');
        if (answer.Length == 0)
        {
            return (null, "I didn't catch a number.");
        }
        if (NumberWords.TryParseWhole(answer, out var value))
        {
            return value >= Min && value <= Max ? (value, null) : (null, $"{value} is outside the range.");
        }
        if (Digits().IsMatch(answer))
        {
            return (null, $"{answer} is outside the range.");
        }
        if (decimal.TryParse(answer, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            return (null, $"{answer} isn't a whole number.");
        }
        return answer.Any(char.IsDigit)
            ? (null, $"\"{answer}\" isn't a single whole number.")
            : (null, $"I couldn't read \"{answer}\" as a number.");
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        var question = isRetry
            ? Retry(state[ProblemKey]?.GetValue<string>(), options)
            : options.Prompt ?? PromptOptions.Question(EngineCopy.NumberRange(Min, Max));
        if (options.Style == ListStyle.Card && Max - Min < MaxButtons)
        {
            var buttons = Enumerable.Range(Min, Max - Min + 1).Select(n => new CardButton(n.ToString(CultureInfo.InvariantCulture), JsonValue.Create(n)));
            question.Attachments = [PromptCard.Buttons(buttons, PromptCard.PromptId(state))];
        }
        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<int>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        var answer = PromptCard.SubmittedValue(turnContext.Activity, state) switch
        {
            { ValueKind: JsonValueKind.Number or JsonValueKind.String } submitted => submitted.ValueKind == JsonValueKind.String ? submitted.GetString() : submitted.GetRawText(),
            _ => turnContext.Activity.TextWithoutMention(),
        };
        var (value, problem) = Recognize(answer);
        state[ProblemKey] = problem;
        return Task.FromResult(value is { } number ? PromptRecognizerResult<int>.Of(number) : PromptRecognizerResult<int>.Failed);
    }

    private Schema.Activity Retry(string? problem, PromptOptions options)
    {
        var hint = options.RetryPrompt?.Text ?? EngineCopy.NumberRange(Min, Max);
        var question = options.RetryPrompt ?? PromptOptions.Question(hint);
        question.Text = problem is null ? hint : $"{problem} {hint}";
        return question;
    }

    [GeneratedRegex(@"^[+-]?\d+$")]
    private static partial Regex Digits();
}
