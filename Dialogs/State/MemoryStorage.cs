using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace AllianceBot.Dialogs.State;

/// <summary>In-process storage for tests and the terminal chat; same semantics as the real backends.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly ConcurrentDictionary<string, StorageItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        return Task.FromResult(_items.TryGetValue(key, out var item) ? item : null);
    }

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        lock (_gate)
        {
            var exists = _items.TryGetValue(key, out var current);
            var allowed = condition.Kind switch
            {
                WriteConditionKind.IfNotExists => !exists,
                WriteConditionKind.IfMatch => exists && current!.ETag == condition.ETag,
                _ => true,
            };
            if (!allowed)
            {
                throw new StorageConflictException(key);
            }
            var etag = $"\"{Interlocked.Increment(ref _version)}\"";
            _items[key] = new StorageItem(key, content.ToArray(), etag,
                new Dictionary<string, string>(metadata ?? new Dictionary<string, string>()));
            return Task.FromResult(etag);
        }
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        return Task.FromResult(_items.TryRemove(key, out _));
    }

    public async IAsyncEnumerable<StorageEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var item in _items.Values.Where(i => i.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new StorageEntry(item.Key, item.ETag, DateTimeOffset.UtcNow, item.Metadata);
        }
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
}
