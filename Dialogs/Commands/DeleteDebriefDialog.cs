using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Commands;

/// <summary>
/// Deletes one of the caller's own debriefs after a yes, within the delete window after confirming.
/// A record that must stay (a violation, or imminent risk reported) is not the practitioner's alone to
/// remove: with a supervisor on the roster the practitioner asks them, and it stays until they decide;
/// with none, it goes but leaves a tombstone (what, who, when). An argument that is not a debrief id is
/// refused without being repeated back. The archive is always asked under the caller's id, so another
/// practitioner's debrief is "not found".
/// </summary>
public sealed class DeleteDebriefDialog : InterruptibleDialog
{
    public const string DialogId = "deleteDebrief";
    private const string Steps = "deleteDebrief.steps";
    private const string ConfirmId = "deleteDebrief.confirm";

    private readonly IDebriefArchive _archive;
    private readonly IRosterLookup _roster;
    private readonly ISupervisorNotifier _notifier;
    private readonly TimeProvider _time;
    private readonly DebriefOptions _options;

    public DeleteDebriefDialog(IDebriefArchive archive, IRosterLookup roster, ISupervisorNotifier notifier, TimeProvider time, DebriefOptions options) : base(DialogId)
    {
        (_archive, _roster, _notifier, _time, _options) = (archive, roster, notifier, time, options);
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
        var record = await FindAsync(practitioner, request.DebriefId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            await step.Context.SendActivityAsync(CommandsCopy.NotFound(request.DebriefId), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        if (_time.GetUtcNow() - record.ConfirmedAt > _options.DeleteWindow)
        {
            await step.Context.SendActivityAsync(CommandsCopy.TooLateToDelete(request.DebriefId, _options.DeleteWindow), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        if (!record.MustStay)
        {
            return await AskAsync(step, CommandsCopy.AskDelete(request.DebriefId, record.ClientCode, record.Date), cancellationToken).ConfigureAwait(false);
        }
        var supervisor = await _roster.FindSupervisorAsync(practitioner, cancellationToken).ConfigureAwait(false);
        request.Supervisor = supervisor?.Name;
        var concern = DigestCopy.Concern(record.HasViolation, record.CrisisReported);
        return await AskAsync(step, supervisor is null
            ? CommandsCopy.AskDeleteLeavingTombstone(request.DebriefId, record.ClientCode, record.Date, concern)
            : CommandsCopy.AskSupervisorToDelete(request.DebriefId, supervisor.Name, concern), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> DeleteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.State<DeleteRequest>();
        var practitioner = DebriefDialog.Practitioner(step.Context);
        var record = step.ResultAs<bool>() ? await FindAsync(practitioner.Id, request.DebriefId, cancellationToken).ConfigureAwait(false) : null;
        if (record is null)
        {
            await step.Context.SendActivityAsync(CommandsCopy.NotDeleted(request.DebriefId), cancellationToken).ConfigureAwait(false);
        }
        else if (record.MustStay && request.Supervisor is { } supervisor)
        {
            var asked = await _notifier.RequestDeletionAsync(record, cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync(asked ? CommandsCopy.DeletionRequested(request.DebriefId, supervisor) : CommandsCopy.DeletionNotRequested(request.DebriefId, supervisor),
                cancellationToken).ConfigureAwait(false);
        }
        else
        {
            if (record.MustStay)
            {
                // Written first: if the store fails here, nothing has been deleted yet.
                await _archive.SaveTombstoneAsync(DebriefTombstone.Of(record, practitioner, requestedBy: null, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }
            await _archive.DeleteAsync(practitioner.Id, request.DebriefId, cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync(record.MustStay ? CommandsCopy.DeletedLeavingTombstone(request.DebriefId) : CommandsCopy.Deleted(request.DebriefId),
                cancellationToken).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DebriefRecord?> FindAsync(string practitionerId, string debriefId, CancellationToken cancellationToken)
    {
        var archived = DebriefIds.IsValid(debriefId)
            ? await _archive.GetAsync(practitionerId, debriefId, cancellationToken).ConfigureAwait(false)
            : null;
        return archived is null ? null : DebriefRecordBuilder.FromJson(archived.Json);
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string question, CancellationToken cancellationToken)
        => step.PromptAsync(ConfirmId, PromptOptions.Ask(question), cancellationToken);

    public sealed class DeleteRequest
    {
        public string DebriefId { get; set; } = string.Empty;

        /// <summary>Set when the record must stay and a supervisor is on the roster: a yes asks them.</summary>
        public string? Supervisor { get; set; }
    }
}
