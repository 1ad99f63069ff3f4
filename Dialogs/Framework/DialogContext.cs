using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework;

/// <summary>The dialog stack of one scope during one turn, and the operations that change it.</summary>
public class DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
{
    public DialogSet Dialogs { get; } = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
    public ITurnContext Context { get; } = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
    public DialogState DialogState { get; } = state ?? throw new ArgumentNullException(nameof(state));

    /// <summary>The context of the component that owns this scope, if any.</summary>
    public DialogContext? Parent { get; } = parent;

    public List<DialogInstance> Stack => DialogState.DialogStack;
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Finds a dialog in this scope, then in the scopes that enclose it.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <param name="options">Anything JSON-serializable; the dialog receives it as JSON.</param>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' is in scope.");
        Stack.Insert(0, new DialogInstance(dialogId, []));
        return dialog.BeginDialogAsync(this, DialogJson.ToNode(options), cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        return await ActiveDialogOrThrow(active).ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        var node = DialogJson.ToNode(result);
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is { } parentInstance)
        {
            return await ActiveDialogOrThrow(parentInstance).ResumeDialogAsync(this, DialogReason.EndCalled, node, cancellationToken).ConfigureAwait(false);
        }
        return new DialogTurnResult(DialogTurnStatus.Complete, node);
    }

    /// <summary>Swaps the active dialog for another without resuming the one below (loops, restarts).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public Task RepromptDialogAsync(CancellationToken cancellationToken = default)
        => ActiveDialog is { } active
            ? ActiveDialogOrThrow(active).RepromptDialogAsync(Context, active, cancellationToken)
            : Task.CompletedTask;

    /// <summary>Removes the active dialog, letting it clean up first.</summary>
    internal async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }
        // Look the dialog up before removing it: a stale id (a dialog renamed between deployments) must still leave the stack.
        var dialog = FindDialog(active.Id);
        Stack.RemoveAt(0);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken).ConfigureAwait(false);
        }
    }

    private Dialog ActiveDialogOrThrow(DialogInstance instance)
        => FindDialog(instance.Id) ?? throw new InvalidOperationException($"The stack holds '{instance.Id}', which is not in scope.");
}
