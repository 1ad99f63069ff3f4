using System.Text.Json.Nodes;

namespace AllianceBot.Dialogs.Framework;

/// <summary>What a waterfall step sees: its position, what the dialog was begun with, the previous answer and the step data.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private const string TypedStateKey = "state";
    private readonly WaterfallDialog _waterfall;
    private readonly string _cacheKey;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, JsonNode? options, JsonObject values,
        int index, DialogReason reason, JsonNode? result, string instanceId)
        : base(dc.Dialogs, dc.Context, dc.DialogState, dc.Parent)
    {
        _waterfall = waterfall;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
        _cacheKey = $"WaterfallState:{waterfall.Id}:{instanceId}";
    }

    public int Index { get; }
    public DialogReason Reason { get; }
    public JsonNode? Options { get; }
    public JsonNode? Result { get; }

    /// <summary>Persisted step data. Prefer <see cref="State{T}"/>: one typed record per waterfall.</summary>
    public JsonObject Values { get; }

    public T? ResultAs<T>() => DialogJson.As<T>(Result);

    public T? OptionsAs<T>() => DialogJson.As<T>(Options);

    /// <summary>
    /// The waterfall's typed record. Changes to the returned object are saved when the step returns
    /// (the same object is handed to every step of this instance within the turn).
    /// </summary>
    public T State<T>() where T : class, new()
    {
        if (Context.TurnState.Get<T>(_cacheKey) is { } live)
        {
            return live;
        }
        var value = DialogJson.As<T>(Values[TypedStateKey]) ?? new T();
        Context.TurnState.Set(_cacheKey, value);
        return value;
    }

    public void SetState<T>(T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        Context.TurnState.Set(_cacheKey, value);
        Values[TypedStateKey] = DialogJson.ToNode(value);
    }

    /// <summary>Skips waiting for an answer: runs the next step now with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }
        _nextCalled = true;
        SaveState();
        return _waterfall.RunStepAsync(this, Index + 1, DialogReason.NextCalled, DialogJson.ToNode(result), cancellationToken);
    }

    internal void SaveState()
    {
        if (Context.TurnState.Get<object>(_cacheKey) is { } live)
        {
            Values[TypedStateKey] = DialogJson.ToNode(live);
        }
    }
}
