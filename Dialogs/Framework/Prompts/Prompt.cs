using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework.Prompts;

/// <summary>
/// Asks, recognizes, validates, and asks again until the answer is acceptable. Persisted state:
/// <c>options</c> (the <see cref="PromptOptions"/>), <c>state</c> (the prompt's own JSON, with
/// <c>attemptCount</c> and <c>promptId</c>, which card buttons carry so a stale click is not taken as an answer).
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string StateKey = "state";
    private const string AttemptCountKey = "attemptCount";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = DialogJson.As<PromptOptions>(options)
            ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        var state = new JsonObject { [AttemptCountKey] = 0, [PromptCard.PromptIdProperty] = RandomIds.NewHex() };
        instance.State[OptionsKey] = options;
        instance.State[StateKey] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }
        var (state, options) = Read(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        var attempt = (state[AttemptCountKey]?.GetValue<int>() ?? 0) + 1;
        state[AttemptCountKey] = attempt;

        var valid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options, attempt), cancellationToken).ConfigureAwait(false);
        if (valid)
        {
            return await dc.EndDialogAsync(DialogJson.ToNode(recognized.Value), cancellationToken).ConfigureAwait(false);
        }
        // A validator that already explained the problem has answered this turn.
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }
        return EndOfTurn;
    }

    /// <summary>Something interrupted the prompt (help, a side dialog): ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var (state, options) = Read(instance);
        return OnPromptAsync(turnContext, state, options, false, cancellationToken);
    }

    /// <summary>Sends the question: the prompt, or on a retry the retry prompt (falling back to the prompt).</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return question is null ? Task.CompletedTask : turnContext.SendActivityAsync(question, cancellationToken);
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken);

    private static (JsonObject State, PromptOptions Options) Read(DialogInstance instance)
    {
        var state = instance.State[StateKey]?.AsObject() ?? [];
        instance.State[StateKey] ??= state;
        var options = DialogJson.As<PromptOptions>(instance.State[OptionsKey]) ?? new PromptOptions();
        return (state, options);
    }
}
