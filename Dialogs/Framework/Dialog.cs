using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework;

/// <summary>
/// A step of conversation that can span turns. Dialogs are stateless by construction: everything a
/// conversation needs between turns lives in <see cref="DialogInstance.State"/> (JSON, persisted with
/// the conversation), so subclasses are sealed, keep no mutable fields and are safe as singletons.
/// Options and results travel as <see cref="JsonNode"/> so they survive a store round trip unchanged.
/// </summary>
public abstract class Dialog(string id)
{
    /// <summary>The dialog is waiting for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    public string Id { get; } = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A dialog needs an id.", nameof(id)) : id;

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    /// <summary>A new message arrived while this dialog is on top of the stack. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
        => dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog ended and this dialog is on top again. By default its result is passed on.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
        => dc.EndDialogAsync(result, cancellationToken);

    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>Called as the instance leaves the stack, whether it completed, was replaced or was cancelled.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        => Task.CompletedTask;
}
