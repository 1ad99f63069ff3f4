using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Dialogs.Commands;

/// <summary>
/// "show &lt;id&gt;": one of the caller's own debriefs, as a card in plain words (Markdown Teams renders
/// where cards are not), or the note that stays of one that was removed. The archive is asked under
/// the caller's id, so another practitioner's id finds nothing. Ids are read in any case.
/// </summary>
public sealed class ShowDebriefCommand(IDebriefArchive archive, KnowledgeBase knowledge) : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["show", "open", "view"];
    public string? Usage => CommandsCopy.ShowUsage;

    public bool Accepts(string phrase, string argument) => CommandArguments.IsNoneOrOneWord(argument);

    public async Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var context = request.Dc.Context;
        var id = DebriefIds.Normalize(request.Argument);
        if (id.Length == 0)
        {
            await context.SendActivityAsync(CommandsCopy.WhichDebrief, cancellationToken).ConfigureAwait(false);
            return;
        }
        // Only an id of the right shape is looked up or repeated back; anything else is not echoed.
        if (!DebriefIds.IsValid(id))
        {
            await context.SendActivityAsync(CommandsCopy.NotAnId, cancellationToken).ConfigureAwait(false);
            return;
        }
        var practitioner = DebriefDialog.Practitioner(context).Id;
        var debrief = await archive.GetAsync(practitioner, id, cancellationToken).ConfigureAwait(false);
        if (debrief is not null && DebriefRecordBuilder.FromJson(debrief.Json) is { } record)
        {
            await context.SendActivityAsync(DebriefView.Show(record, DebriefReader.Practitioner, knowledge), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (await archive.GetTombstoneAsync(practitioner, id, cancellationToken).ConfigureAwait(false) is { } tombstone)
        {
            await context.SendActivityAsync(DebriefView.Tombstone(tombstone, DebriefReader.Practitioner), cancellationToken).ConfigureAwait(false);
            return;
        }
        await context.SendActivityAsync(CommandsCopy.NotFound(id), cancellationToken).ConfigureAwait(false);
    }
}
