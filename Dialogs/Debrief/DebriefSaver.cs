using AllianceBot.Prompts.Summaries;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Telemetry;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Confirm: builds the record from the draft, saves it once (the id was fixed in the draft, and the
/// archive is idempotent by id, so a repeated confirm keeps one document) and tells the supervisor
/// at once when it records a violation. <see cref="StorageUnavailableException"/> goes to the caller,
/// which keeps the draft for another try.
/// </summary>
public sealed class DebriefSaver(ISupervisionReasoning reasoning, IDebriefArchive archive, IRosterLookup roster,
    ISupervisorNotifier notifier, TimeProvider time, IDebriefEnrichment? enrichment = null, bool notifyCrisis = true)
{
    // Five random characters give 33 million ids a day per practitioner; a second clash in a row is
    // beyond chance and points at a fault, so it is not retried for ever.
    private const int IdAttempts = 3;

    public async Task<DebriefRecord> SaveAsync(DebriefDraft draft, PersonRecord practitioner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(practitioner);
        var supervisor = await roster.FindSupervisorAsync(practitioner.Id, cancellationToken).ConfigureAwait(false);
        var input = draft.ToInput();
        var analysis = reasoning.Analyze(input);
        // The summary speaks of what the practitioner confirmed; the record keeps rejected detections, marked.
        var summary = reasoning.Summarize(input, BoundaryCheck.WithoutRejected(analysis, draft.RejectedSigns));
        for (var attempt = 1; ; attempt++)
        {
            var record = DebriefRecordBuilder.Build(draft, practitioner, supervisor is null ? null : new PersonRecord(supervisor.Id, supervisor.Name),
                analysis, reasoning.Version, reasoning.Mask, time.GetUtcNow());
            try
            {
                var saved = await ArchiveAsync(record, practitioner, summary, Claim(draft), cancellationToken).ConfigureAwait(false);
                await NotifyCrisisAsync(draft, saved, cancellationToken).ConfigureAwait(false);
                return saved;
            }
            catch (DebriefIdTakenException) when (attempt < IdAttempts)
            {
                // The draft keeps the new id, so a later retry of this confirm claims the same one.
                draft.DebriefId = DebriefIds.New(DateOnly.FromDateTime(draft.StartedAt.UtcDateTime));
            }
        }
    }

    private async Task<DebriefRecord> ArchiveAsync(DebriefRecord record, PersonRecord practitioner, DebriefSummary summary, string claim, CancellationToken cancellationToken)
    {
        var archived = new ArchivedDebrief(record.DebriefId, practitioner.Id, record.Date, DebriefRecordBuilder.ToJson(record),
            DebriefRecordBuilder.ToMarkdown(record, summary), DebriefTags.For(record)) { Claim = claim };
        var isNew = false;
        try
        {
            isNew = !(await archive.SaveAsync(archived, cancellationToken).ConfigureAwait(false)).AlreadyArchived;
        }
        catch (StorageConflictException)
        {
            // Already saved by an earlier delivery of the same confirm: that document stands.
        }
        if (isNew)
        {
            BotMetrics.FindingsConfirmed(record.Findings.Select(f => f.Code));
            // Only a new record: a repeated confirm or a rerun turn must not ask the model twice (nor count twice).
            await (enrichment ?? NoDebriefEnrichment.Instance).AfterConfirmedAsync(record, cancellationToken).ConfigureAwait(false);
        }
        if (record.HasViolation)
        {
            await notifier.NotifyViolationAsync(record, cancellationToken).ConfigureAwait(false);
        }
        return record;
    }

    // Every message is screened as it comes, so this only fires for risk the screen first saw in the
    // whole record (a card's fields read together); the draft remembers a notice already sent.
    private async Task NotifyCrisisAsync(DebriefDraft draft, DebriefRecord record, CancellationToken cancellationToken)
    {
        if (!record.CrisisReported || draft.CrisisNotified || !notifyCrisis) return;
        draft.CrisisNotified = await notifier.NotifyCrisisAsync(
            new CrisisNotice(record.Practitioner.Id, record.Practitioner.Name, record.ClientCode, time.GetUtcNow(), InDebrief: true,
                record.DebriefId, RecordDate: record.Date), cancellationToken).ConfigureAwait(false);
    }

    // The draft's start is fixed for the draft's life and differs between a practitioner's drafts.
    private static string Claim(DebriefDraft draft)
        => draft.StartedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
