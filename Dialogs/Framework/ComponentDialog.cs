using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework;

/// <summary>
/// A dialog made of other dialogs, with its own inner stack kept in its instance state under
/// <c>dialogs</c>. Override <see cref="OnContinueDialogAsync"/> to look at a message before the
/// inner dialogs do (interruptions). Register inner dialogs with <see cref="AddDialog"/> in the constructor only.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private const string InnerStateKey = "dialogs";
    private readonly DialogSet _dialogs = new();
    private string? _firstDialogId;

    /// <summary>The inner dialog begun with the component; the first one added when not set.</summary>
    public string? InitialDialogId { get; protected init; }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        _firstDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var (instance, innerDc) = Inner(dc);
        var turn = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        Save(instance, innerDc);
        return await EndIfDoneAsync(dc, turn, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var (instance, innerDc) = Inner(dc);
        var turn = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        Save(instance, innerDc);
        return await EndIfDoneAsync(dc, turn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Something begun on the outer stack above the component ended: ask the open question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var innerDc = new DialogContext(_dialogs, turnContext, Load(instance));
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        Save(instance, innerDc);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            // Inner dialogs get their own end callbacks.
            var innerDc = new DialogContext(_dialogs, turnContext, Load(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            Save(instance, innerDc);
        }
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? _firstDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>
    /// Cancelled inside means cancelled outside too: the whole outer stack goes, so no parent is left
    /// waiting for an answer that will never come.
    /// </summary>
    private static Task<DialogTurnResult> EndIfDoneAsync(DialogContext outerDc, DialogTurnResult turn, CancellationToken cancellationToken)
        => turn.Status switch
        {
            DialogTurnStatus.Waiting => Task.FromResult(EndOfTurn),
            DialogTurnStatus.Cancelled => outerDc.CancelAllDialogsAsync(cancellationToken),
            _ => outerDc.EndDialogAsync(turn.Result, cancellationToken),
        };

    private (DialogInstance Instance, DialogContext InnerDc) Inner(DialogContext outerDc)
    {
        var instance = outerDc.ActiveDialog is { } active && active.Id == Id
            ? active
            : throw new InvalidOperationException($"Component '{Id}' is not the active dialog.");
        return (instance, new DialogContext(_dialogs, outerDc.Context, Load(instance), outerDc));
    }

    private static DialogState Load(DialogInstance instance) => InnerDialogStack.FromNode(instance.State[InnerStateKey]);

    private static void Save(DialogInstance instance, DialogContext innerDc) => instance.State[InnerStateKey] = InnerDialogStack.ToNode(innerDc.DialogState);
}
