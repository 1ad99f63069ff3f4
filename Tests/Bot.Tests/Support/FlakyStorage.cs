using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Support;

/// <summary>
/// MemoryStorage with faults on demand: down (every call throws StorageUnavailableException), or a
/// concurrent writer that slips in just before the next N conditional writes (ETag conflicts).
/// </summary>
public sealed class FlakyStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private int _conflicts;

    public bool Down { get; set; }
    public int Writes { get; private set; }

    /// <summary>The next <paramref name="count"/> conditional writes lose to a concurrent writer.</summary>
    public void ConflictNext(int count) => _conflicts = count;

    public MemoryStorage Inner => _inner;

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return _inner.ReadAsync(key, cancellationToken);
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        if (condition.Kind != WriteConditionKind.Always && _conflicts > 0)
        {
            _conflicts--;
            // Another instance saves its own version of the document first: bump the version.
            var current = await _inner.ReadAsync(key, cancellationToken);
            await _inner.WriteAsync(key, current?.Content ?? "{}"u8.ToArray(), WriteCondition.Always, null, cancellationToken);
        }
        Writes++;
        return await _inner.WriteAsync(key, content, condition, metadata, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return _inner.DeleteAsync(key, cancellationToken);
    }

    public IAsyncEnumerable<StorageEntry> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return _inner.ListAsync(prefix, cancellationToken);
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default)
        => Down ? throw new StorageUnavailableException("down") : Task.FromResult(true);

    private void ThrowIfDown()
    {
        if (Down)
        {
            throw new StorageUnavailableException("The test storage is down.");
        }
    }
}
