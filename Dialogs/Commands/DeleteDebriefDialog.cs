using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Commands;

/// <summary>
/// Deletes one of the caller's own debriefs after a yes, within the delete window after confirming.
/// The archive is always asked under the caller's id, so another practitioner's debrief is "not found".
/// </summary>
public sealed class DeleteDebriefDialog : InterruptibleDialog
{
    public const string DialogId = "deleteDebrief";
    private const string Steps = "deleteDebrief.steps";
    private const string ConfirmId = "deleteDebrief.confirm";

    private readonly IDebriefArchive _archive;
    private readonly TimeProvider _time;
    private readonly DebriefOptions _options;

    public DeleteDebriefDialog(IDebriefArchive archive, TimeProvider time, DebriefOptions options) : base(DialogId)
    {
        (_archive, _time, _options) = (archive, time, options);
        AddDialog(new WaterfallDialog(Steps, [CheckAndAskStepAsync, DeleteStepAsync]));
        AddDialog(new ConfirmPrompt(ConfirmId));
    }

    private async Task<DialogTurnResult> CheckAndAskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.State<DeleteRequest>();
        request.DebriefId = step.OptionsAs<string>() ?? string.Empty;
        var practitioner = DebriefDialog.Practitioner(step.Context).Id;
        if (!DebriefIds.IsValid(request.DebriefId))
        {
            // Never repeated back: it may be long, or carry characters that reorder what the reader sees.
            await step.Context.SendActivityAsync(CommandsCopy.NotAnId, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var archived = await _archive.GetAsync(practitioner, request.DebriefId, cancellationToken).ConfigureAwait(false);
        if (archived is null)
        {
            await step.Context.SendActivityAsync(CommandsCopy.NotFound(request.DebriefId), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var record = DebriefRecordBuilder.FromJson(archived.Json);
        if (record is null || _time.GetUtcNow() - record.ConfirmedAt > _options.DeleteWindow)
        {
            await step.Context.SendActivityAsync(CommandsCopy.TooLateToDelete(request.DebriefId, _options.DeleteWindow), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(ConfirmId, PromptOptions.Ask(CommandsCopy.AskDelete(request.DebriefId, record.ClientCode, record.Date)), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> DeleteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.State<DeleteRequest>();
        if (step.ResultAs<bool>())
        {
            await _archive.DeleteAsync(DebriefDialog.Practitioner(step.Context).Id, request.DebriefId, cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync(CommandsCopy.Deleted(request.DebriefId), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await step.Context.SendActivityAsync(CommandsCopy.NotDeleted(request.DebriefId), cancellationToken).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    public sealed class DeleteRequest
    {
        public string DebriefId { get; set; } = string.Empty;
    }
}
