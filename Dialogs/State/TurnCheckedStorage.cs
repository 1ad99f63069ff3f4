namespace AllianceBot.Dialogs.State;

/// <summary>
/// A store whose writes and deletes first pass the turn's <see cref="TurnFreshness"/> check, so a
/// turn that ran on a stale copy of its conversation changes nothing here. Reads and listings pass
/// straight through. <see cref="BotStores"/> puts it around the archive.
/// </summary>
public sealed class TurnCheckedStorage(IStorage inner) : IStorage, IDisposable
{
    public IStorage Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
        => Inner.ReadAsync(key, cancellationToken);

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        await TurnFreshness.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return await Inner.WriteAsync(key, content, condition, metadata, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        await TurnFreshness.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return await Inner.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<StorageEntry> ListAsync(string prefix, CancellationToken cancellationToken = default)
        => Inner.ListAsync(prefix, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Inner.PingAsync(cancellationToken);

    public void Dispose() => (Inner as IDisposable)?.Dispose();
}
