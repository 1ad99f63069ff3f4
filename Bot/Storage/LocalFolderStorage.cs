using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// The embedded default: one file per document under a root folder (see <see cref="LocalFileNames"/>
/// and <see cref="LocalDocument"/>). Writes go to a temp file renamed over the document, under a
/// per-key lock that also holds across processes sharing the folder (a create-only write instead
/// renames with a refusal to replace), so conditional writes are exact; concurrent writers share one flush to disk (<see cref="GroupFlush"/>). Reads take no
/// lock (a rename is atomic: they see the old or the new version) and come from a cache while the
/// file on disk is still the version cached (<see cref="LocalDocumentCache"/>).
/// </summary>
public sealed class LocalFolderStorage : IStorage
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);
    private readonly string _root;
    private readonly TimeProvider _time;
    private readonly LocalDocumentCache _cache = new(8L * 1024 * 1024);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly GroupFlush _flush;

    public LocalFolderStorage(string rootPath, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
        _time = timeProvider ?? TimeProvider.System;
        _flush = new GroupFlush(_root);
    }

    public string RootPath => _root;

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var (folder, stem) = LocalFileNames.Locate(_root, key);
        cancellationToken.ThrowIfCancellationRequested();
        var path = DocumentPath(folder, stem);
        var document = Guard(key, () => ReadCached(path));
        return Task.FromResult(document is { Content: { } content } d && d.Header.Key == key
            ? new StorageItem(key, content, d.Header.ETag, d.Header.Metadata)
            : null);
    }

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
        => WriteAsync(key, content, condition, metadata, deferFlush: false, cancellationToken);

    /// <summary>Written and moved into place like any document, but on disk only with the next flush (<see cref="GroupFlush"/> flushes the whole file system).</summary>
    public Task<string> WriteWithNextFlushAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
        => WriteAsync(key, content, condition, metadata, deferFlush: true, cancellationToken);

    private async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata, bool deferFlush, CancellationToken cancellationToken)
    {
        var (folder, stem) = LocalFileNames.Locate(_root, key);
        cancellationToken.ThrowIfCancellationRequested();
        var meta = new Dictionary<string, string>(StorageMetadata.Normalize(metadata), StringComparer.Ordinal);
        var path = DocumentPath(folder, stem);
        try
        {
            EnsureFolder(folder);
            if (condition.Kind == WriteConditionKind.IfNotExists)
            {
                return await CreateAsync(key, folder, stem, path, meta, content, deferFlush).ConfigureAwait(false);
            }
            await using var keyLock = await KeyLock.AcquireAsync(Path.Combine(folder, stem + LocalFileNames.LockSuffix), LockTimeout, cancellationToken).ConfigureAwait(false);
            if (condition.Kind != WriteConditionKind.Always)
            {
                // Checked on the file itself, never the cache: another process may have written it.
                var current = File.Exists(path) ? LocalDocument.Read(path, false) : null;
                var allowed = condition.Kind == WriteConditionKind.IfNotExists
                    ? current is null
                    : current is { } c && c.Header.ETag == condition.ETag;
                if (!allowed)
                {
                    _cache.Forget(path);
                    throw new StorageConflictException(key);
                }
            }
            // A fresh random ETag per write: a counter or content hash could repeat after a delete or
            // an identical rewrite and let a stale writer through.
            var etag = NewETag();
            await ReplaceAsync(folder, stem, path, new LocalDocument.Header(key, etag, _time.GetUtcNow(), meta), content, deferFlush).ConfigureAwait(false);
            return etag;
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw Unavailable(key, ex);
        }
    }

    /// <summary>
    /// A create-only write takes no key lock: the rename into place that refuses an existing file
    /// (link(2) on Linux) decides between concurrent creators, in this process or another. The archive
    /// writes only this way, and a lock file per key was a new file of its own on every create.
    /// </summary>
    private async Task<string> CreateAsync(string key, string folder, string stem, string path, Dictionary<string, string> meta,
        ReadOnlyMemory<byte> content, bool deferFlush)
    {
        if (File.Exists(path))
        {
            _cache.Forget(path);
            throw new StorageConflictException(key);
        }
        var etag = NewETag();
        await ReplaceAsync(folder, stem, path, new LocalDocument.Header(key, etag, _time.GetUtcNow(), meta), content, deferFlush, overwrite: false).ConfigureAwait(false);
        return etag;
    }

    /// <summary>A fresh random ETag, quoted like Blob Storage's.</summary>
    internal static string NewETag() => $"\"{RandomIds.NewHex()}\"";

    /// <summary>
    /// Writes a document exactly as given (its ETag and time kept), whatever is there. With
    /// <paramref name="deferFlush"/> it may not be on disk until <see cref="FlushDeferredAsync"/>:
    /// for a journal's checkpoint, which still holds every document until that flush.
    /// </summary>
    internal async Task PutAsync(LocalDocument.Header header, ReadOnlyMemory<byte> content, bool deferFlush, CancellationToken cancellationToken = default)
    {
        var (folder, stem) = LocalFileNames.Locate(_root, header.Key);
        try
        {
            EnsureFolder(folder);
            await using var keyLock = await KeyLock.AcquireAsync(Path.Combine(folder, stem + LocalFileNames.LockSuffix), LockTimeout, cancellationToken).ConfigureAwait(false);
            await ReplaceAsync(folder, stem, DocumentPath(folder, stem), header, content, deferFlush).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw Unavailable(header.Key, ex);
        }
    }

    /// <summary>Everything written with a deferred flush is on disk when this completes.</summary>
    internal Task FlushDeferredAsync() => _flush.FlushAsync();

    /// <param name="overwrite">False for a create: the rename refuses an existing document (<see cref="StorageConflictException"/>).</param>
    private async Task ReplaceAsync(string folder, string stem, string path, LocalDocument.Header header, ReadOnlyMemory<byte> content, bool deferFlush,
        bool overwrite = true)
    {
        var temp = Path.Combine(folder, $"{stem}{LocalFileNames.TempMarker}{RandomIds.NewHex()}");
        try
        {
            // Durable before the rename makes it visible (a crash leaves the old or the new version, never
            // a torn one), and the rename durable before the caller hears the write succeeded.
            var version = LocalDocument.Write(temp, header, content.Span, flush: !_flush.Enabled);
            if (!deferFlush)
            {
                await _flush.FlushAsync().ConfigureAwait(false);
            }
            try
            {
                File.Move(temp, path, overwrite);
            }
            catch (IOException) when (!overwrite && File.Exists(path))
            {
                throw new StorageConflictException(header.Key);
            }
            if (!deferFlush)
            {
                await _flush.FlushAsync().ConfigureAwait(false);
            }
            _cache.Keep(path, version, header, content.ToArray());
        }
        catch
        {
            _cache.Forget(path);
            File.Delete(temp);
            throw;
        }
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var (folder, stem) = LocalFileNames.Locate(_root, key);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (!Directory.Exists(folder))
            {
                return false;
            }
            await using var keyLock = await KeyLock.AcquireAsync(Path.Combine(folder, stem + LocalFileNames.LockSuffix), LockTimeout, cancellationToken).ConfigureAwait(false);
            var path = DocumentPath(folder, stem);
            _cache.Forget(path);
            if (!File.Exists(path))
            {
                return false;
            }
            File.Delete(path);
            return true;
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw Unavailable(key, ex);
        }
    }

    public async IAsyncEnumerable<StorageEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var folder = LocalFileNames.FolderForPrefix(_root, prefix);
        cancellationToken.ThrowIfCancellationRequested();
        var entries = Guard(prefix, () => Collect(folder, prefix, cancellationToken));
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
        await Task.CompletedTask.ConfigureAwait(false);
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

    /// <summary>The document at a path, from the cache when the file on disk is still the version cached.</summary>
    private LocalDocument.Document? ReadCached(string path, bool withContent = true)
    {
        var version = FileVersion.At(path);
        if (version is null)
        {
            // Absent (a new conversation, an archive id not yet used): answered from the stat, because
            // opening a missing file costs a FileNotFoundException, and under load that was 0.5 a turn.
            _cache.Forget(path);
            return null;
        }
        if (_cache.Find(path, version) is { } hit && (hit.Content is not null || !withContent))
        {
            return new LocalDocument.Document(hit.Version, hit.Header, hit.Content);
        }
        var document = LocalDocument.Read(path, withContent);
        if (document is not null)
        {
            _cache.Keep(path, document.Version, document.Header, document.Content);
        }
        return document;
    }

    // A folder created once stays (nothing here deletes folders); if someone removes it by hand,
    // the write fails once, forgets it, and the retry of the turn creates it again.
    private void EnsureFolder(string folder)
    {
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders[folder] = true;
        }
        else if (!Directory.Exists(folder))
        {
            _folders.TryRemove(folder, out _);
            Directory.CreateDirectory(folder);
            _folders[folder] = true;
        }
    }

    // Keys are not recoverable from hashed file names, so the listing reads each header (through
    // the cache); sorting afterwards gives ordinal key order whatever the escaping did to names.
    private List<StorageEntry> Collect(string folder, string prefix, CancellationToken cancellationToken)
    {
        var entries = new List<StorageEntry>();
        if (!Directory.Exists(folder))
        {
            return entries;
        }
        foreach (var path in Directory.EnumerateFiles(folder, "*" + LocalFileNames.DocumentSuffix, SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadCached(path, withContent: false) is { } d && d.Header.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                entries.Add(new StorageEntry(d.Header.Key, d.Header.ETag, d.Header.Modified, d.Header.Metadata));
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return entries;
    }

    private static T Guard<T>(string key, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw Unavailable(key, ex);
        }
    }

    private static bool IsStorageFailure(Exception ex) => ex is IOException or UnauthorizedAccessException or InvalidDataException;

    private static StorageUnavailableException Unavailable(string key, Exception ex)
        => new($"The local storage failed on '{key}': {ex.Message}", ex);
}
