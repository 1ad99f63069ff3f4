using AllianceBot.Bot.Adapter;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Enrichment;

namespace AllianceBot.Bot.Model;

/// <summary>
/// After a new debrief is archived: one background model call. When it improves on the offline
/// result, the merged findings and the supervisor summary are kept beside the record, and the
/// practitioner hears only what is new. The receipt never waits for any of this.
/// </summary>
public sealed class ModelDebriefFollowUp(
    BackgroundEnrichmentQueue queue,
    IDebriefEnricher enricher,
    ISupervisionReasoning reasoning,
    IEnrichmentStore store,
    IProactiveMessenger messenger,
    ConversationReferenceStore references,
    ConversationLocks locks,
    TimeProvider time,
    ILogger<ModelDebriefFollowUp> logger) : IDebriefEnrichment
{
    public Task AfterConfirmedAsync(DebriefRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            var request = DebriefEnrichmentRequests.From(record, reasoning.Knowledge);
            if (!queue.TryEnqueue(ct => enricher.EnrichAsync(request, ct), (result, ct) => ImprovedAsync(record, request, result, ct)))
            {
                logger.EnrichmentNotQueued(record.DebriefId, null);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The confirm has succeeded; a second look that cannot be queued must not undo that.
            logger.EnrichmentNotQueued(record.DebriefId, ex);
        }
        return Task.CompletedTask;
    }

    private async Task ImprovedAsync(DebriefRecord record, DebriefEnrichmentRequest request, DebriefEnrichmentResult result, CancellationToken ct)
    {
        var merged = FindingMerge.Merge(request.OfflineFindings, result.Findings);
        var document = new DebriefEnrichmentDocument
        {
            DebriefId = record.DebriefId,
            SupervisorSummary = result.SupervisorSummary,
            Findings = merged,
            Prompts = result.Prompts,
            CreatedAt = time.GetUtcNow(),
        };
        try
        {
            if (!await store.SaveAsync(record.Practitioner.Id, record.Date, document, ct).ConfigureAwait(false))
            {
                logger.CompanionNotSaved(record.DebriefId, "already there");
            }
        }
        catch (StorageUnavailableException)
        {
            // The follow-up still helps the practitioner; the record itself is safe.
            logger.CompanionNotSaved(record.DebriefId, "storage unavailable");
        }

        if (DebriefFollowUp.Create(record.DebriefId, merged, result.Prompts) is not { } followUp)
        {
            return;
        }
        logger.FollowUpReady(record.DebriefId, merged.Count - request.OfflineFindings.Count, result.Prompts.Count);
        await WaitForTurnAsync(record.Practitioner.Id, ct).ConfigureAwait(false);
        if (!await messenger.SendToUserAsync(record.Practitioner.Id, [followUp], ct).ConfigureAwait(false))
        {
            logger.FollowUpUndelivered(record.DebriefId);
        }
    }

    /// <summary>
    /// The confirming turn holds its conversation's lock until its replies (the receipt) are out; taking
    /// the lock once makes a quick model's follow-up arrive after the receipt, never before.
    /// </summary>
    private async Task WaitForTurnAsync(string userKey, CancellationToken ct)
    {
        var reference = await references.FindAsync(userKey, ct).ConfigureAwait(false);
        if (reference is { ChannelId: { } channel, Conversation.Id: { } conversation })
        {
            using var _ = await locks.AcquireAsync(ConversationState.KeyFor(channel, conversation), ct).ConfigureAwait(false);
        }
    }
}
