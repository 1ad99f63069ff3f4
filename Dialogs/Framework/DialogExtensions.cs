using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework;

public static class DialogExtensions
{
    /// <summary>Continues <paramref name="dialog"/> for this turn, beginning it when nothing is running. Saving state is the caller's job.</summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogs = new DialogSet(accessor).Add(dialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false)
            : result;
    }
}
