using System.Runtime.CompilerServices;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// The embedded default: one file per document under a root folder (see <see cref="LocalFileNames"/>
/// and <see cref="LocalDocument"/>). Writes go to a temp file renamed over the document, under a
/// per-key lock that also holds across processes sharing the folder, so conditional writes are
/// exact. Reads take no lock: a rename is atomic, so they see the old or the new version.
/// Assumes a case-sensitive file system (Linux); on Windows or macOS two keys differing only in
/// case would share a file.
/// </summary>
public sealed class LocalFolderStorage : IStorage
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);
    private readonly string _root;
    private readonly TimeProvider _time;

    public LocalFolderStorage(string rootPath, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
        _time = timeProvider ?? TimeProvider.System;
    }

    public string RootPath => _root;

    public async Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var (folder, stem) = LocalFileNames.Locate(_root, key);
        var document = await GuardAsync(key, () => LocalDocument.ReadAsync(DocumentPath(folder, stem), true, cancellationToken)).ConfigureAwait(false);
        return document is { } d && d.Header.Key == key
            ? new StorageItem(key, d.Content!, d.Header.ETag, d.Header.Metadata)
            : null;
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var (folder, stem) = LocalFileNames.Locate(_root, key);
        var meta = new Dictionary<string, string>(StorageMetadata.Normalize(metadata), StringComparer.Ordinal);
        return await GuardAsync(key, async () =>
        {
            Directory.CreateDirectory(folder);
            await using var keyLock = await KeyLock.AcquireAsync(Path.Combine(folder, stem + LocalFileNames.LockSuffix), LockTimeout, cancellationToken).ConfigureAwait(false);
            var path = DocumentPath(folder, stem);
            if (condition.Kind != WriteConditionKind.Always)
            {
                var current = await LocalDocument.ReadAsync(path, false, cancellationToken).ConfigureAwait(false);
                var allowed = condition.Kind == WriteConditionKind.IfNotExists
                    ? current is null
                    : current is { } c && c.Header.ETag == condition.ETag;
                if (!allowed)
                {
                    throw new StorageConflictException(key);
                }
            }
            // A fresh random ETag per write: a counter or content hash could repeat after a delete or
            // an identical rewrite and let a stale writer through.
            var etag = $"\"{Guid.NewGuid():N}\"";
            var temp = Path.Combine(folder, $"{stem}{LocalFileNames.TempMarker}{Guid.NewGuid():N}");
            try
            {
                await LocalDocument.WriteAsync(temp, new LocalDocument.Header(key, etag, _time.GetUtcNow(), meta), content, cancellationToken).ConfigureAwait(false);
                File.Move(temp, path, overwrite: true);
            }
            finally
            {
                File.Delete(temp);
            }
            return etag;
        }).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var (folder, stem) = LocalFileNames.Locate(_root, key);
        return await GuardAsync(key, async () =>
        {
            if (!Directory.Exists(folder))
            {
                return false;
            }
            await using var keyLock = await KeyLock.AcquireAsync(Path.Combine(folder, stem + LocalFileNames.LockSuffix), LockTimeout, cancellationToken).ConfigureAwait(false);
            var path = DocumentPath(folder, stem);
            if (!File.Exists(path))
            {
                return false;
            }
            File.Delete(path);
            return true;
        }).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<StorageEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var folder = LocalFileNames.FolderForPrefix(_root, prefix);
        var entries = await GuardAsync(prefix, () => CollectAsync(folder, prefix, cancellationToken)).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            Directory.CreateDirectory(_root);
            return Task.FromResult(true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(false);
        }
    }

    private static string DocumentPath(string folder, string stem) => Path.Combine(folder, stem + LocalFileNames.DocumentSuffix);

    // Keys are not recoverable from hashed file names, so the listing reads each header; sorting
    // afterwards gives ordinal key order whatever the escaping did to names.
    private static async Task<List<StorageEntry>> CollectAsync(string folder, string prefix, CancellationToken cancellationToken)
    {
        var entries = new List<StorageEntry>();
        if (!Directory.Exists(folder))
        {
            return entries;
        }
        foreach (var path in Directory.EnumerateFiles(folder, "*" + LocalFileNames.DocumentSuffix, SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await LocalDocument.ReadAsync(path, false, cancellationToken).ConfigureAwait(false) is { } d
                && d.Header.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                entries.Add(new StorageEntry(d.Header.Key, d.Header.ETag, d.Header.Modified, d.Header.Metadata));
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return entries;
    }

    private static async Task<T> GuardAsync<T>(string key, Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new StorageUnavailableException($"The local storage failed on '{key}': {ex.Message}", ex);
        }
    }
}
