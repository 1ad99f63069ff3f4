using System.Globalization;
using System.Runtime.CompilerServices;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// The local state store: a <see cref="LocalFolderStorage"/> fronted by a write-ahead journal. A
/// write is durable when the journal record is (one append, flushed with every other write of the
/// moment: <see cref="JournalFile"/>), and is then served from memory; a checkpoint copies the
/// journal's documents into their files and starts a fresh journal, so the folder stays the
/// readable copy and memory stays bounded. Opening replays a journal left by a crash. One process
/// owns a state folder (the journal is locked), and every store on a folder in that process shares
/// one journal: <see cref="JournaledFolderStorage"/> gets it from <see cref="Open"/> at first use.
/// </summary>
/// <remarks>
/// Why: a turn writes its conversation state every time. As a file per write that is a new file,
/// a rename and two flushes of the file system, which made the local store the slowest part of a
/// turn under load. The archive, written rarely and shared with the roster command, stays on files.
/// </remarks>
internal sealed class LocalStateJournal : IStorage
{
    /// <summary>Past this many journal bytes a checkpoint starts (and bounds what memory holds).</summary>
    internal const long DefaultCheckpointBytes = 64L * 1024 * 1024;

    private const string JournalPrefix = "journal~";
    private static readonly Lock RegistryGate = new();
    private static readonly Dictionary<string, LocalStateJournal> Registry = new(StringComparer.Ordinal);

    private readonly LocalFolderStorage _folder;
    private readonly TimeProvider _time;
    private readonly long _checkpointBytes;
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private readonly Lock _gate = new();
    // The documents written since the last checkpoint: the newest version of each (or its deletion).
    private readonly Dictionary<string, JournalRecord.Entry> _recent = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _checkpointing = new(1, 1);
    private JournalFile _journal;
    private int _users;

    private LocalStateJournal(string root, TimeProvider time, long checkpointBytes)
    {
        _folder = new LocalFolderStorage(root, time);
        _time = time;
        _checkpointBytes = checkpointBytes;
        Directory.CreateDirectory(_folder.RootPath);
        var leftover = JournalsIn(_folder.RootPath);
        foreach (var (_, path) in leftover)
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.None);
            foreach (var entry in JournalRecord.ReadAll(handle))
            {
                _recent[entry.Header.Key] = entry;
            }
        }
        var generation = leftover.Count == 0 ? 1 : leftover[^1].Generation + 1;
        _journal = new JournalFile(JournalPath(generation), generation);
        if (leftover.Count > 0)
        {
            // Replayed documents go to their files now, so the old journals can go.
            CopyToFilesAsync(_recent.Values.ToList(), CancellationToken.None).GetAwaiter().GetResult();
            foreach (var (_, path) in leftover)
            {
                File.Delete(path);
            }
            _recent.Clear();
        }
    }

    public string RootPath => _folder.RootPath;

    /// <summary>The store for a folder, shared by everyone in this process; dispose each one opened.</summary>
    public static LocalStateJournal Open(string rootPath, TimeProvider? timeProvider = null, long checkpointBytes = DefaultCheckpointBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
        lock (RegistryGate)
        {
            if (!Registry.TryGetValue(root, out var store))
            {
                try
                {
                    store = new LocalStateJournal(root, timeProvider ?? TimeProvider.System, checkpointBytes);
                }
                catch (IOException ex)
                {
                    throw new StorageUnavailableException(
                        $"The local state folder '{root}' could not be opened (is another bot process using it?): {ex.Message}", ex);
                }
                Registry[root] = store;
            }
            store._users++;
            return store;
        }
    }

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        lock (_gate)
        {
            if (_recent.TryGetValue(key, out var entry))
            {
                return Task.FromResult(entry.Header.Deleted ? null : Item(entry));
            }
        }
        return _folder.ReadAsync(key, cancellationToken);
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        LocalFileNames.Locate(_folder.RootPath, key);
        var meta = new Dictionary<string, string>(StorageMetadata.Normalize(metadata), StringComparer.Ordinal);
        var stripe = await LockKeyAsync(key, cancellationToken).ConfigureAwait(false);
        try
        {
            if (condition.Kind != WriteConditionKind.Always)
            {
                var current = await CurrentETagAsync(key, cancellationToken).ConfigureAwait(false);
                var allowed = condition.Kind == WriteConditionKind.IfNotExists ? current is null : current == condition.ETag;
                if (!allowed)
                {
                    throw new StorageConflictException(key);
                }
            }
            var etag = LocalFolderStorage.NewETag();
            var header = new JournalRecord.Header(key, etag, _time.GetUtcNow(), meta, Deleted: false);
            await CommitAsync(new JournalRecord.Entry(header, content.ToArray())).ConfigureAwait(false);
            return etag;
        }
        finally
        {
            stripe.Release();
        }
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        LocalFileNames.Locate(_folder.RootPath, key);
        var stripe = await LockKeyAsync(key, cancellationToken).ConfigureAwait(false);
        try
        {
            if (await CurrentETagAsync(key, cancellationToken).ConfigureAwait(false) is null)
            {
                return false;
            }
            var header = new JournalRecord.Header(key, string.Empty, _time.GetUtcNow(), [], Deleted: true);
            await CommitAsync(new JournalRecord.Entry(header, [])).ConfigureAwait(false);
            return true;
        }
        finally
        {
            stripe.Release();
        }
    }

    public async IAsyncEnumerable<StorageEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafePrefix(prefix);
        var found = new Dictionary<string, StorageEntry>(StringComparer.Ordinal);
        await foreach (var entry in _folder.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            found[entry.Key] = entry;
        }
        lock (_gate)
        {
            foreach (var (key, recent) in _recent)
            {
                if (!key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }
                if (recent.Header.Deleted)
                {
                    found.Remove(key);
                }
                else
                {
                    found[key] = new StorageEntry(key, recent.Header.ETag, recent.Header.Modified, recent.Header.Metadata);
                }
            }
        }
        foreach (var entry in found.Values.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => _folder.PingAsync(cancellationToken);

    /// <summary>Copies the journal's documents into their files and starts a fresh journal.</summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken = default)
    {
        await _checkpointing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            List<JournalRecord.Entry> snapshot;
            JournalFile old;
            // With every key locked no write is between its check and its commit, so the snapshot
            // holds everything the old journal holds, and new writes go to the new journal.
            var stripes = await LockAllKeysAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                old = _journal;
                await old.DrainAsync().ConfigureAwait(false);
                lock (_gate)
                {
                    _journal = new JournalFile(JournalPath(old.Generation + 1), old.Generation + 1);
                    snapshot = _recent.Values.ToList();
                }
            }
            finally
            {
                Array.ForEach(stripes, s => s.Release());
            }
            await CopyToFilesAsync(snapshot, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                foreach (var entry in snapshot)
                {
                    // Only if nothing newer came meanwhile: a newer version lives in the new journal.
                    if (_recent.TryGetValue(entry.Header.Key, out var now) && ReferenceEquals(now, entry))
                    {
                        _recent.Remove(entry.Header.Key);
                    }
                }
            }
            old.Dispose();
            File.Delete(old.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"The local state checkpoint failed: {ex.Message}", ex);
        }
        finally
        {
            _checkpointing.Release();
        }
    }

    /// <summary>Releases one hold from <see cref="Open"/>; the last one checkpoints and closes the journal.</summary>
    public void Release()
    {
        lock (RegistryGate)
        {
            if (_users == 0 || --_users > 0)
            {
                return;
            }
            Registry.Remove(_folder.RootPath);
        }
        try
        {
            CheckpointAsync().GetAwaiter().GetResult();
        }
        catch (StorageUnavailableException)
        {
            // The journal stays on disk and is replayed at the next start: nothing is lost.
        }
        _journal.Dispose();
    }

    private async Task CommitAsync(JournalRecord.Entry entry)
    {
        var journal = _journal;
        if (journal.Broken)
        {
            // The failed journal's acknowledged writes are all in memory: a checkpoint saves them and
            // starts a fresh journal; if the disk still fails, this write fails too and says so.
            await CheckpointWhileHoldingKeyAsync().ConfigureAwait(false);
            journal = _journal;
        }
        try
        {
            await journal.AppendAsync(JournalRecord.Encode(entry.Header, entry.Content)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"The local state journal could not be written: {ex.Message}", ex);
        }
        lock (_gate)
        {
            _recent[entry.Header.Key] = entry;
        }
        if (journal.Requested > _checkpointBytes && _checkpointing.CurrentCount > 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await CheckpointAsync().ConfigureAwait(false);
                }
                catch (StorageUnavailableException)
                {
                    // The journal keeps growing and the next write tries again; nothing is lost.
                }
            });
        }
    }

    // A writer that finds the journal broken holds its own key's stripe, which a checkpoint waits
    // for; so the recovery copies what is in memory and swaps the journal under the gate instead.
    private async Task CheckpointWhileHoldingKeyAsync()
    {
        List<JournalRecord.Entry> snapshot;
        JournalFile old;
        lock (_gate)
        {
            old = _journal;
            if (!old.Broken)
            {
                return;
            }
            snapshot = _recent.Values.ToList();
        }
        try
        {
            await CopyToFilesAsync(snapshot, CancellationToken.None).ConfigureAwait(false);
            lock (_gate)
            {
                if (ReferenceEquals(_journal, old))
                {
                    _journal = new JournalFile(JournalPath(old.Generation + 1), old.Generation + 1);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"The local state journal failed and could not be recovered: {ex.Message}", ex);
        }
        old.Dispose();
        File.Delete(old.Path);
    }

    private async Task CopyToFilesAsync(List<JournalRecord.Entry> entries, CancellationToken cancellationToken)
    {
        // Files are written without a flush each and flushed once at the end: until then the journal
        // still holds every one of them, and a crash replays it.
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (entry, ct) =>
        {
            if (entry.Header.Deleted)
            {
                await _folder.DeleteAsync(entry.Header.Key, ct).ConfigureAwait(false);
            }
            else
            {
                await _folder.PutAsync(new LocalDocument.Header(entry.Header.Key, entry.Header.ETag, entry.Header.Modified, entry.Header.Metadata),
                    entry.Content, deferFlush: true, ct).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        await _folder.FlushDeferredAsync().ConfigureAwait(false);
    }

    private async Task<string?> CurrentETagAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_recent.TryGetValue(key, out var entry))
            {
                return entry.Header.Deleted ? null : entry.Header.ETag;
            }
        }
        // Only this process writes the folder (the journal is locked), so the cached file is current.
        return (await _folder.ReadAsync(key, cancellationToken).ConfigureAwait(false))?.ETag;
    }

    private async Task<SemaphoreSlim> LockKeyAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(StringComparer.Ordinal.GetHashCode(key) & int.MaxValue) % _stripes.Length];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return stripe;
    }

    private async Task<SemaphoreSlim[]> LockAllKeysAsync(CancellationToken cancellationToken)
    {
        var held = new List<SemaphoreSlim>(_stripes.Length);
        try
        {
            foreach (var stripe in _stripes)
            {
                await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
                held.Add(stripe);
            }
            return [.. held];
        }
        catch
        {
            held.ForEach(s => s.Release());
            throw;
        }
    }

    private static StorageItem Item(JournalRecord.Entry entry)
        => new(entry.Header.Key, entry.Content, entry.Header.ETag, entry.Header.Metadata);

    private string JournalPath(int generation)
        => Path.Combine(_folder.RootPath, JournalPrefix + generation.ToString("D6", CultureInfo.InvariantCulture));

    private static List<(int Generation, string Path)> JournalsIn(string root)
        => Directory.EnumerateFiles(root, JournalPrefix + "*")
            .Select(path => (Ok: int.TryParse(Path.GetFileName(path).AsSpan(JournalPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var g), g, path))
            .Where(j => j.Ok)
            .Select(j => (j.g, j.path))
            .OrderBy(j => j.g)
            .ToList();
}
