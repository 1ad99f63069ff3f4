namespace AllianceBot.Dialogs.State;

/// <summary>
/// The bot's two stores: conversation and user state (mutable, ETag-guarded) and the archive of
/// confirmed debriefs, digests and the roster (create-only documents). In Azure they are two containers.
/// </summary>
public sealed record BotStores(IStorage State, IStorage Archive) : IDisposable
{
    /// <summary>Lets a store finish its work at shutdown (the local state journal checkpoints).</summary>
    public void Dispose()
    {
        (State as IDisposable)?.Dispose();
        (Archive as IDisposable)?.Dispose();
    }
}
