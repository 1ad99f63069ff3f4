using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework;

/// <summary>
/// Runs its steps in order, one per answer. Persisted state (in the instance's JSON):
/// <c>stepIndex</c> (int), <c>options</c> (what it was begun with), <c>values</c> (step data, including
/// the typed record of <see cref="WaterfallStepContext.State{T}"/>), <c>instanceId</c>, and
/// <c>results</c> (the result each step was run with) and <c>asked</c> (the steps that stopped to wait
/// for an answer, in order), so that "back" re-runs the previous question exactly, passing over
/// steps that moved straight on.
/// </summary>
public sealed class WaterfallDialog(string id, IEnumerable<WaterfallStep> steps) : Dialog(id)
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string InstanceIdKey = "instanceId";
    private const string ResultsKey = "results";
    private const string AskedKey = "asked";

    private readonly WaterfallStep[] _steps = steps?.ToArray() ?? throw new ArgumentNullException(nameof(steps));

    /// <summary>Steps whose question the user may skip; listed by the same method group as in the steps.</summary>
    public IReadOnlyList<WaterfallStep> OptionalSteps { get; init; } = [];

    public int StepCount => _steps.Length;

    /// <summary>
    /// False for a dialog whose answers are read into its own masked record at once: the raw answer is
    /// then not kept in <c>results</c>, so it never rests in conversation state ("back" re-runs the
    /// previous step without it).
    /// </summary>
    public bool KeepsResults { get; init; } = true;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = Instance(dc).State;
        state[StepIndexKey] = -1;
        state[OptionsKey] = options;
        state[ValuesKey] = new JsonObject();
        state[InstanceIdKey] = RandomIds.NewHex();
        state[ResultsKey] = new JsonArray();
        state[AskedKey] = new JsonArray();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message with no prompt in between: the next step gets the text (or the card submit value).</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }
        JsonNode? answer = activity.Value is { } value && string.IsNullOrWhiteSpace(activity.Text)
            ? DialogJson.ToNode(value)
            : JsonValue.Create(activity.TextWithoutMention());
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, answer, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, StepIndex(Instance(dc)) + 1, reason, result, cancellationToken);
    }

    /// <summary>Zero-based index of the step that ran last (the one whose question is open).</summary>
    public static int StepIndex(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State[StepIndexKey]?.GetValue<int>() ?? -1;
    }

    public static bool CanGoBack(DialogInstance instance) => Asked(instance).Count >= 2;

    public bool IsOptionalStep(DialogInstance instance)
        => StepIndex(instance) is var index && index >= 0 && index < _steps.Length && OptionalSteps.Contains(_steps[index]);

    /// <summary>
    /// Re-runs the step that asked the previous question, with the result it first received, so it
    /// asks again. The waterfall must be the active dialog (pop the open prompt first). Null when
    /// there is no earlier question.
    /// </summary>
    public async Task<DialogTurnResult?> BackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = Instance(dc);
        var asked = Asked(instance);
        if (asked.Count < 2)
        {
            return null;
        }
        var previous = asked[^2]!.GetValue<int>();
        // Both questions leave the history; the previous one rejoins it when it waits again.
        asked.RemoveAt(asked.Count - 1);
        asked.RemoveAt(asked.Count - 1);
        var results = instance.State[ResultsKey]?.AsArray();
        var result = results is not null && previous < results.Count ? results[previous]?.DeepClone() : null;
        return await RunStepAsync(dc, previous, DialogReason.BackCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves on from the current step as if its question was answered with nothing.</summary>
    public Task<DialogTurnResult> SkipAsync(DialogContext dc, CancellationToken cancellationToken)
        => ResumeDialogAsync(dc, DialogReason.NextCalled, null, cancellationToken);

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Length)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }
        var state = Instance(dc).State;
        state[StepIndexKey] = index;
        var results = state[ResultsKey]?.AsArray() ?? [];
        while (results.Count <= index)
        {
            results.Add(null);
        }
        results[index] = KeepsResults ? result?.DeepClone() : null;
        state[ResultsKey] ??= results;

        var values = state[ValuesKey]?.AsObject() ?? [];
        state[ValuesKey] ??= values;
        var step = new WaterfallStepContext(this, dc, state[OptionsKey], values, index, reason, result,
            state[InstanceIdKey]?.GetValue<string>() ?? string.Empty);
        DialogTurnResult turn;
        try
        {
            turn = await _steps[index](step, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            step.SaveState();
        }
        // The step that is still current after a waiting turn is the one whose question is open.
        if (turn.Status == DialogTurnStatus.Waiting && state[StepIndexKey]?.GetValue<int>() == index)
        {
            var asked = state[AskedKey]?.AsArray() ?? [];
            state[AskedKey] ??= asked;
            if (asked.Count == 0 || asked[^1]?.GetValue<int>() != index)
            {
                asked.Add(index);
            }
        }
        return turn;
    }

    private static JsonArray Asked(DialogInstance instance)
    {
        var asked = instance.State[AskedKey]?.AsArray() ?? [];
        instance.State[AskedKey] ??= asked;
        return asked;
    }

    private DialogInstance Instance(DialogContext dc)
        => dc.ActiveDialog is { } active && active.Id == Id
            ? active
            : throw new InvalidOperationException($"Waterfall '{Id}' is not the active dialog.");
}
