using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Greeting;

/// <summary>
/// A stand-in conversation that exercises the engine end to end until the debrief lands: a text,
/// a confirm and a number prompt, a restart when the name was wrong, and an optional last question.
/// </summary>
public sealed class GreetingDialog : InterruptibleDialog
{
    private const string NamePrompt = "greeting.name";
    private const string ConfirmNamePrompt = "greeting.confirmName";
    private const string DayPrompt = "greeting.day";
    private const string Steps = "greeting.steps";

    public GreetingDialog() : base(nameof(GreetingDialog))
    {
        AddDialog(new WaterfallDialog(Steps, [AskNameStepAsync, ConfirmNameStepAsync, AskDayStepAsync, SayGoodbyeStepAsync])
        {
            OptionalSteps = [AskDayStepAsync],
        });
        AddDialog(new TextPrompt(NamePrompt, IsPlausibleNameAsync));
        AddDialog(new ConfirmPrompt(ConfirmNamePrompt));
        AddDialog(new NumberPrompt(DayPrompt, 1, 5));
        InitialDialogId = Steps;
    }

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.PromptAsync(NamePrompt, PromptOptions.Ask(GreetingCopy.AskName, GreetingCopy.AskNameAgain), cancellationToken);

    private static Task<DialogTurnResult> ConfirmNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var greeting = step.State<GreetingState>();
        greeting.Name = step.ResultAs<string>();
        return step.PromptAsync(ConfirmNamePrompt, PromptOptions.Ask(GreetingCopy.ConfirmName(greeting.Name)), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskDayStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            // Start over from the name question; the old answers go with the old instance.
            return await step.ReplaceDialogAsync(Steps, null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DayPrompt, PromptOptions.Ask(GreetingCopy.AskDay), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> SayGoodbyeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var greeting = step.State<GreetingState>();
        // Null when the user skipped the question.
        greeting.DayRating = step.ResultAs<int?>();
        await step.Context.SendActivityAsync(GreetingCopy.Goodbye(greeting.Name, greeting.DayRating), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(greeting, cancellationToken).ConfigureAwait(false);
    }

    private static Task<bool> IsPlausibleNameAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
        => Task.FromResult(prompt.Recognized.Value is { Length: <= 60 } name && name.Any(char.IsLetter));
}

public sealed class GreetingState
{
    public string? Name { get; set; }
    public int? DayRating { get; set; }
}

public static class GreetingCopy
{
    public const string AskName = "Hi! What's your name?";
    public const string AskNameAgain = "Please tell me your name (up to 60 characters).";
    public const string AskDay = "How did your day go, from 1 (rough) to 5 (great)?";

    public static string ConfirmName(string? name) => $"Nice to meet you, {name}. Did I get your name right?";

    public static string Goodbye(string? name, int? rating) => rating switch
    {
        null => $"Thanks, {name}. Goodbye!",
        <= 2 => $"Thanks, {name}. Sorry it was a {rating}; I hope tomorrow is kinder. Goodbye!",
        _ => $"Thanks, {name}. Glad to hear it was a {rating}. Goodbye!",
    };
}
