using System.Collections.Concurrent;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// The last version of each document this process read or wrote, with the ETag the service gave
/// that very content, so a read can ask "changed since this ETag?" and an unchanged document comes
/// back as a 304 without a body. An entry is only ever a pair seen together, never a guess: the
/// service still answers every read, so another instance's write is always seen. Bounded in bytes:
/// past the budget it starts again empty, which costs full reads and nothing else; a budget of 0
/// turns it off.
/// </summary>
internal sealed class BlobDocumentCache(long budgetBytes)
{
    /// <summary>Documents larger than this are not kept: state documents are a few KB.</summary>
    private const int MaxContentBytes = 64 * 1024;

    private readonly ConcurrentDictionary<string, StorageItem> _items = new(StringComparer.Ordinal);
    private long _bytes;

    public StorageItem? Find(string key) => _items.TryGetValue(key, out var item) ? item : null;

    public void Keep(StorageItem item)
    {
        if (item.Content.Length > MaxContentBytes || budgetBytes <= 0)
        {
            Forget(item.Key);
            return;
        }
        var size = Size(item);
        if (Interlocked.Add(ref _bytes, size) > budgetBytes)
        {
            _items.Clear();
            Interlocked.Exchange(ref _bytes, size);
        }
        _items.AddOrUpdate(item.Key, item, (_, previous) =>
        {
            Interlocked.Add(ref _bytes, -Size(previous));
            return item;
        });
    }

    public void Forget(string key)
    {
        if (_items.TryRemove(key, out var previous))
        {
            Interlocked.Add(ref _bytes, -Size(previous));
        }
    }

    private static long Size(StorageItem item) => 256 + item.Key.Length * 2 + item.Content.Length;
}
