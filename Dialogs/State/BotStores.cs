namespace AllianceBot.Dialogs.State;

/// <summary>
/// The bot's two stores: conversation and user state (mutable, ETag-guarded) and the archive of
/// confirmed debriefs, digests and the roster (create-only documents). In Azure they are two containers.
/// </summary>
public sealed record BotStores(IStorage State, IStorage Archive) : IDisposable
{
    /// <summary>
    /// The archive as given, behind the turn's freshness check: whoever builds the stores (the host,
    /// a test), a turn can never change the archive from a stale copy of its conversation.
    /// </summary>
    public IStorage Archive { get; init; } = Archive is TurnCheckedStorage ? Archive : new TurnCheckedStorage(Archive);

    /// <summary>Lets a store finish its work at shutdown (the local state journal checkpoints).</summary>
    public void Dispose()
    {
        (State as IDisposable)?.Dispose();
        (Archive as IDisposable)?.Dispose();
    }
}
