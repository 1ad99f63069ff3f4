using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework;

/// <summary>
/// A component that hears help, cancel, back, skip and status before its inner dialogs do. Each
/// hook has a working default; a concrete dialog overrides one to change the wording or the rule,
/// and may return null to let the message through as an ordinary answer.
/// </summary>
public abstract class InterruptibleDialog(string id) : ComponentDialog(id)
{
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var interrupted = InterruptionCommands.Match(innerDc.Context.Activity) switch
        {
            InterruptionCommand.Help => await OnHelpAsync(innerDc, cancellationToken).ConfigureAwait(false),
            InterruptionCommand.Cancel => await OnCancelAsync(innerDc, cancellationToken).ConfigureAwait(false),
            InterruptionCommand.Back => await OnBackAsync(innerDc, cancellationToken).ConfigureAwait(false),
            InterruptionCommand.Skip => await OnSkipAsync(innerDc, cancellationToken).ConfigureAwait(false),
            InterruptionCommand.Status => await OnStatusAsync(innerDc, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        return interrupted ?? await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    protected virtual Task<DialogTurnResult?> OnHelpAsync(DialogContext innerDc, CancellationToken cancellationToken)
        => SayAndRepromptAsync(innerDc, EngineCopy.Help, cancellationToken);

    protected virtual async Task<DialogTurnResult?> OnCancelAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.Context.SendActivityAsync(EngineCopy.Cancelled, cancellationToken).ConfigureAwait(false);
        return await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
    }

    protected virtual async Task<DialogTurnResult?> OnBackAsync(DialogContext innerDc, CancellationToken cancellationToken)
        => await GoBackAsync(innerDc, cancellationToken).ConfigureAwait(false)
            ?? await SayAndRepromptAsync(innerDc, EngineCopy.NothingToGoBackTo, cancellationToken).ConfigureAwait(false);

    protected virtual async Task<DialogTurnResult?> OnSkipAsync(DialogContext innerDc, CancellationToken cancellationToken)
        => await SkipStepAsync(innerDc, cancellationToken).ConfigureAwait(false)
            ?? await SayAndRepromptAsync(innerDc, EngineCopy.CannotSkip, cancellationToken).ConfigureAwait(false);

    protected virtual Task<DialogTurnResult?> OnStatusAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var text = FindWaterfall(innerDc) is var (waterfall, instance)
            ? EngineCopy.Position(WaterfallDialog.StepIndex(instance) + 1, waterfall.StepCount)
            : EngineCopy.Help;
        return SayAndRepromptAsync(innerDc, text, cancellationToken);
    }

    /// <summary>Closes the open question and re-asks the one before it; null when there is none.</summary>
    protected async Task<DialogTurnResult?> GoBackAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (FindWaterfall(innerDc) is not var (waterfall, instance) || WaterfallDialog.StepIndex(instance) < 1)
        {
            return null;
        }
        await PopAboveAsync(innerDc, instance, cancellationToken).ConfigureAwait(false);
        return await waterfall.BackAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the open question with no answer when its step is optional; null when it is not.</summary>
    protected async Task<DialogTurnResult?> SkipStepAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (FindWaterfall(innerDc) is not var (waterfall, instance) || !waterfall.IsOptionalStep(instance))
        {
            return null;
        }
        await PopAboveAsync(innerDc, instance, cancellationToken).ConfigureAwait(false);
        return await waterfall.SkipAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The waterfall nearest the top of this component's stack: the one whose question is open.</summary>
    protected static (WaterfallDialog Waterfall, DialogInstance Instance)? FindWaterfall(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        foreach (var instance in innerDc.Stack)
        {
            if (innerDc.FindDialog(instance.Id) is WaterfallDialog waterfall)
            {
                return (waterfall, instance);
            }
        }
        return null;
    }

    protected static async Task<DialogTurnResult?> SayAndRepromptAsync(DialogContext innerDc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.Context.SendActivityAsync(text, cancellationToken).ConfigureAwait(false);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return Dialog.EndOfTurn;
    }

    private static async Task PopAboveAsync(DialogContext innerDc, DialogInstance instance, CancellationToken cancellationToken)
    {
        while (innerDc.ActiveDialog is { } top && !ReferenceEquals(top, instance))
        {
            await innerDc.PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }
    }
}
