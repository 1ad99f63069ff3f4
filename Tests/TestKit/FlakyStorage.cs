using AllianceBot.Dialogs.State;

namespace AllianceBot.TestKit;

/// <summary>
/// A real store (a new MemoryStorage unless one is given) with faults on demand: down (every call
/// throws StorageUnavailableException), unreachable for its next N writes (the archive failing at
/// confirm), or a concurrent writer that slips in just before the next N conditional writes (ETag conflicts).
/// </summary>
public sealed class FlakyStorage(IStorage? inner = null) : IStorage
{
    private int _conflicts;

    public IStorage Inner { get; } = inner ?? new MemoryStorage();

    public bool Down { get; set; }

    /// <summary>How many of the next writes throw StorageUnavailableException without reaching the store.</summary>
    public int FailNextWrites { get; set; }

    public int Writes { get; private set; }

    /// <summary>The next <paramref name="count"/> conditional writes lose to a concurrent writer.</summary>
    public void ConflictNext(int count) => _conflicts = count;

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return Inner.ReadAsync(key, cancellationToken);
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        if (FailNextWrites > 0)
        {
            FailNextWrites--;
            throw new StorageUnavailableException("The test store is down.");
        }
        if (condition.Kind != WriteConditionKind.Always && _conflicts > 0)
        {
            _conflicts--;
            // Another instance saves its own version of the document first: bump the version.
            var current = await Inner.ReadAsync(key, cancellationToken);
            await Inner.WriteAsync(key, current?.Content ?? "{}"u8.ToArray(), WriteCondition.Always, null, cancellationToken);
        }
        Writes++;
        return await Inner.WriteAsync(key, content, condition, metadata, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return Inner.DeleteAsync(key, cancellationToken);
    }

    public IAsyncEnumerable<StorageEntry> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return Inner.ListAsync(prefix, cancellationToken);
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default)
        => Down ? throw new StorageUnavailableException("down") : Inner.PingAsync(cancellationToken);

    private void ThrowIfDown()
    {
        if (Down)
        {
            throw new StorageUnavailableException("The test storage is down.");
        }
    }
}
