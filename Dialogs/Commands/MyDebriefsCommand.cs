using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Commands;

/// <summary>"my debriefs": the caller's latest debriefs with ids and dates.</summary>
public sealed class MyDebriefsCommand(IDebriefArchive archive, DebriefOptions options) : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["my debriefs", "debriefs", "list", "history"];
    public string? Usage => CommandsCopy.MyDebriefsUsage;

    public async Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var context = request.Dc.Context;
        var entries = await archive.ListRecentAsync(DebriefDialog.Practitioner(context).Id, options.RecentCount, cancellationToken).ConfigureAwait(false);
        await context.SendActivityAsync(entries.Count == 0 ? CommandsCopy.NoDebriefs : CommandsCopy.DebriefList(entries), cancellationToken).ConfigureAwait(false);
    }
}
