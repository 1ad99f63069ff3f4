using AllianceBot.Dialogs.Turns;
namespace AllianceBot.Dialogs.Commands;

/// <summary>"delete &lt;id&gt;": begins the confirm-and-delete dialog.</summary>
public sealed class DeleteDebriefCommand : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["delete", "remove"];
    public string? Usage => CommandsCopy.DeleteUsage;

    public bool Accepts(string phrase, string argument) => CommandArguments.IsNoneOrOneWord(argument);

    public async Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (request.Argument.Trim().Length == 0)
        {
            await request.Dc.Context.SendActivityAsync(CommandsCopy.WhichDebrief, cancellationToken).ConfigureAwait(false);
            return;
        }
        await request.Dc.BeginDialogAsync(DeleteDebriefDialog.DialogId, Archive.DebriefIds.Normalize(request.Argument), cancellationToken).ConfigureAwait(false);
    }
}
