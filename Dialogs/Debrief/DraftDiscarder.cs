using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Discards a draft. A draft in which a violation was disclosed, or imminent risk reported, does not
/// vanish: a tombstone (what and when, no text) is kept, the supervisor is told, and the practitioner is
/// told that they were. If the store is down the draft is kept, so nothing disclosed is lost.
/// </summary>
public sealed class DraftDiscarder(DraftStore drafts, IDebriefArchive archive, ISupervisorNotifier notifier, TimeProvider time)
{
    /// <returns>False when the draft could not be discarded yet (the store is down): it is kept, and the practitioner was told.</returns>
    public async Task<bool> DiscardAsync(ITurnContext turnContext, DebriefDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.MustReachSupervisor)
        {
            await drafts.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(DebriefCopy.Discarded, cancellationToken).ConfigureAwait(false);
            return true;
        }
        var practitioner = DebriefDialog.Practitioner(turnContext);
        var now = time.GetUtcNow();
        bool told;
        try
        {
            // The tombstone and the notice act outside the conversation: a turn begun from a stale copy
            // (the debrief kept and confirmed elsewhere since) must not tell the supervisor it was thrown away.
            await drafts.EnsureCurrentAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await archive.SaveTombstoneAsync(DebriefTombstone.Of(draft, practitioner, TombstoneReason.Discarded, now), cancellationToken).ConfigureAwait(false);
            told = await notifier.NotifyDiscardedAsync(DiscardedDebrief.Of(draft, practitioner, now), cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException)
        {
            await turnContext.SendActivityAsync(DebriefCopy.DiscardFailed, cancellationToken).ConfigureAwait(false);
            return false;
        }
        await drafts.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var concern = DigestCopy.Concern(violation: draft.Disclosed is { Count: > 0 }, crisis: draft.CrisisReportedAt is not null);
        await turnContext.SendActivityAsync(DebriefCopy.DiscardedButTold(told ? draft.Supervisor?.Name : null, concern), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
