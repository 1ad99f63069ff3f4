using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Commands;

/// <summary>"show &lt;id&gt;": one of the caller's own debriefs. The archive is asked under the caller's id, so another practitioner's id finds nothing.</summary>
public sealed class ShowDebriefCommand(IDebriefArchive archive) : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["show", "open", "view"];
    public string? Usage => CommandsCopy.ShowUsage;

    public bool Accepts(string phrase, string argument) => CommandArguments.IsNoneOrOneWord(argument);

    public async Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var context = request.Dc.Context;
        var id = request.Argument.Trim().ToUpperInvariant();
        if (id.Length == 0)
        {
            await context.SendActivityAsync(CommandsCopy.WhichDebrief, cancellationToken).ConfigureAwait(false);
            return;
        }
        var debrief = DebriefIds.IsValid(id)
            ? await archive.GetAsync(DebriefDialog.Practitioner(context).Id, id, cancellationToken).ConfigureAwait(false)
            : null;
        await context.SendActivityAsync(debrief?.Markdown ?? CommandsCopy.NotFound(id), cancellationToken).ConfigureAwait(false);
    }
}
