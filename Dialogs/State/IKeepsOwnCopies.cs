namespace AllianceBot.Dialogs.State;

/// <summary>
/// A store that remembers the last version of each document this process read or wrote, with the
/// ETag the store gave that very content. A turn may start from that copy without asking the store
/// (one request less a turn on Blob); it then has to show the copy was current before anything it
/// did counts: its save is conditional on the copy's ETag, and before a step changes any other
/// document on the strength of that copy it asks the store (<see cref="BotState.EnsureCurrentAsync"/>).
/// </summary>
public interface IKeepsOwnCopies
{
    /// <summary>The version last seen by this process, or null when it has none (or does not keep them).</summary>
    StorageItem? OwnCopy(string key);
}
