using System.Collections.Concurrent;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// Recently read or written documents of one folder, by path and file version, so a turn's state
/// read costs one stat instead of open, read and close, and a listing reads headers only of files
/// that changed. Bounded in bytes: past the budget it starts again empty, which costs a re-read and
/// nothing else.
/// </summary>
internal sealed class LocalDocumentCache(long budgetBytes)
{
    /// <summary>Documents larger than this are not kept (archive records are read rarely).</summary>
    private const int MaxContentBytes = 64 * 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _bytes;

    public sealed record Entry(FileVersion Version, LocalDocument.Header Header, byte[]? Content);

    public Entry? Find(string path, FileVersion? current)
        => current is { } version && _entries.TryGetValue(path, out var entry) && entry.Version == version ? entry : null;

    public void Keep(string path, FileVersion version, LocalDocument.Header header, byte[]? content)
    {
        if (content is { Length: > MaxContentBytes })
        {
            content = null;
        }
        var entry = new Entry(version, header, content);
        var size = Size(entry);
        if (Interlocked.Add(ref _bytes, size) > budgetBytes)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, size);
        }
        _entries.AddOrUpdate(path, entry, (_, previous) =>
        {
            Interlocked.Add(ref _bytes, -Size(previous));
            return entry;
        });
    }

    public void Forget(string path)
    {
        if (_entries.TryRemove(path, out var previous))
        {
            Interlocked.Add(ref _bytes, -Size(previous));
        }
    }

    private static long Size(Entry entry) => 256 + entry.Header.Key.Length * 2 + (entry.Content?.Length ?? 0);
}
