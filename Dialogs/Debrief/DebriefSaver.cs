using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Confirm: builds the record from the draft, saves it once (the id was fixed in the draft, and the
/// archive is idempotent by id, so a repeated confirm keeps one document) and tells the supervisor
/// at once when it records a violation. <see cref="StorageUnavailableException"/> goes to the caller,
/// which keeps the draft for another try.
/// </summary>
public sealed class DebriefSaver(ISupervisionReasoning reasoning, IDebriefArchive archive, IRosterLookup roster,
    ISupervisorNotifier notifier, TimeProvider time, IDebriefEnrichment? enrichment = null)
{
    public async Task<DebriefRecord> SaveAsync(DebriefDraft draft, PersonRecord practitioner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(practitioner);
        var supervisor = await roster.FindSupervisorAsync(practitioner.Id, cancellationToken).ConfigureAwait(false);
        var input = draft.ToInput();
        var analysis = reasoning.Analyze(input);
        var record = DebriefRecordBuilder.Build(draft, practitioner, supervisor is null ? null : new PersonRecord(supervisor.Id, supervisor.Name),
            analysis, reasoning.Version, reasoning.Mask, time.GetUtcNow());
        var summary = reasoning.Summarize(input, analysis);
        var archived = new ArchivedDebrief(record.DebriefId, practitioner.Id, record.Date, DebriefRecordBuilder.ToJson(record),
            DebriefRecordBuilder.ToMarkdown(record, summary), Tags(record));
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
            // Only a new record: a repeated confirm or a rerun turn must not ask the model twice.
            await (enrichment ?? NoDebriefEnrichment.Instance).AfterConfirmedAsync(record, cancellationToken).ConfigureAwait(false);
        }
        if (record.HasViolation)
        {
            await notifier.NotifyViolationAsync(record, cancellationToken).ConfigureAwait(false);
        }
        return record;
    }

    private static Dictionary<string, string> Tags(DebriefRecord record)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DebriefTags.ClientCode] = record.ClientCode,
            [DebriefTags.Kind] = record.Kind.ToString(),
            [DebriefTags.Severity] = record.Findings.Count == 0 ? "None" : record.Findings.Max(f => f.Severity).ToString(),
            [DebriefTags.SchemaVersion] = record.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (record.Supervisor is { } supervisor)
        {
            tags[DebriefTags.SupervisorId] = supervisor.Id;
        }
        return tags;
    }
}
