using System.Runtime.CompilerServices;

namespace AllianceBot.Dialogs.State;

/// <summary>In-process storage for tests and the terminal chat; same semantics as the real backends.</summary>
public sealed class MemoryStorage(TimeProvider? timeProvider = null) : IStorage
{
    private readonly Dictionary<string, (StorageItem Item, DateTimeOffset Modified)> _items = new(StringComparer.Ordinal);
    private readonly OrdinalKeyIndex _keys = new();
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    // One lock for every operation: deletes and writes must not interleave between a condition
    // check and the write it guards.
    private readonly Lock _gate = new();
    private long _version;

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_items.TryGetValue(key, out var entry) ? entry.Item : null);
        }
    }

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        var meta = StorageMetadata.Normalize(metadata);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var exists = _items.TryGetValue(key, out var current);
            var allowed = condition.Kind switch
            {
                WriteConditionKind.IfNotExists => !exists,
                WriteConditionKind.IfMatch => exists && current.Item.ETag == condition.ETag,
                _ => true,
            };
            if (!allowed)
            {
                throw new StorageConflictException(key);
            }
            var etag = $"\"{Interlocked.Increment(ref _version)}\"";
            _items[key] = (new StorageItem(key, content.ToArray(), etag, meta), _time.GetUtcNow());
            if (!exists)
            {
                _keys.Add(key);
            }
            return Task.FromResult(etag);
        }
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _keys.Remove(key);
            return Task.FromResult(_items.Remove(key));
        }
    }

    public async IAsyncEnumerable<StorageEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafePrefix(prefix);
        cancellationToken.ThrowIfCancellationRequested();
        StorageEntry[] snapshot;
        lock (_gate)
        {
            snapshot = _keys.StartingWith(prefix)
                .Select(key => _items[key])
                .Select(e => new StorageEntry(e.Item.Key, e.Item.ETag, e.Modified, e.Item.Metadata))
                .ToArray();
        }
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var entry in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
}
