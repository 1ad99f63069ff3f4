using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Supervision;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// What an expiring draft leaves behind when a violation was disclosed in it or imminent risk reported
/// (<see cref="DebriefDraft.MustReachSupervisor"/>): a tombstone (what and when, no text) and a notice
/// to the supervisor, as a discard leaves. Callers delete the draft only after this returns, so when the
/// archive is down (<see cref="State.StorageUnavailableException"/>) the draft stays for the next try.
/// </summary>
/// <remarks>
/// Only the call that writes the tombstone tells the supervisor: tombstones are create-only, so a retry
/// (a sweep whose state write failed after the tombstone was saved, a turn run again) does not tell them
/// twice. The price: a notice that fails after its tombstone was written is not sent again; the
/// tombstone still shows in the supervisor's digest among the removals.
/// </remarks>
public sealed class ExpiredDraftReporter(IDebriefArchive archive, ISupervisorNotifier notifier, TimeProvider time)
{
    /// <param name="owner">The practitioner whose draft it is.</param>
    /// <returns>True when this call wrote the tombstone (and told the supervisor, if one could be reached).</returns>
    public async Task<bool> ReportAsync(DebriefDraft draft, PersonRecord owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(owner);
        if (!draft.MustReachSupervisor)
        {
            return false;
        }
        var now = time.GetUtcNow();
        var written = await archive.SaveTombstoneAsync(DebriefTombstone.Of(draft, owner, TombstoneReason.Expired, now), cancellationToken).ConfigureAwait(false);
        if (written)
        {
            await notifier.NotifyExpiredAsync(DiscardedDebrief.Of(draft, owner, now), cancellationToken).ConfigureAwait(false);
        }
        return written;
    }

    /// <summary>
    /// Whose a draft is, from the state property that holds it (<see cref="DraftStore.PropertyFor"/>):
    /// the id is the one a turn of theirs would use; the name is the draft's record of it, which drafts
    /// started before it was recorded lack. Null for a property that names nobody.
    /// </summary>
    public static PersonRecord? OwnerOf(string propertyName, DebriefDraft draft)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        ArgumentNullException.ThrowIfNull(draft);
        if (!propertyName.StartsWith(DraftStore.PropertyPrefix, StringComparison.Ordinal) || propertyName.Length == DraftStore.PropertyPrefix.Length)
        {
            return draft.Practitioner;
        }
        var id = propertyName[DraftStore.PropertyPrefix.Length..];
        return new PersonRecord(id, draft.Practitioner is { } recorded && recorded.Id == id ? recorded.Name : null);
    }
}
