using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// The local state store (see <see cref="LocalStateJournal"/>). The journal is opened, and its
/// folder locked to this process, only at the first operation: a command that builds the stores
/// but only touches the archive (the roster command, while the bot runs) never takes the lock.
/// </summary>
public sealed class JournaledFolderStorage(string rootPath, TimeProvider? timeProvider = null,
    long checkpointBytes = LocalStateJournal.DefaultCheckpointBytes) : IStorage, IDisposable
{
    private readonly Lock _gate = new();
    private LocalStateJournal? _journal;
    private bool _disposed;

    public string RootPath { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
        => Journal.ReadAsync(key, cancellationToken);

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
        => Journal.WriteAsync(key, content, condition, metadata, cancellationToken);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
        => Journal.DeleteAsync(key, cancellationToken);

    public IAsyncEnumerable<StorageEntry> ListAsync(string prefix, CancellationToken cancellationToken = default)
        => Journal.ListAsync(prefix, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return Journal.PingAsync(cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return Task.FromResult(false);
        }
    }

    /// <summary>Copies what the journal holds into the document files now (normally done as it grows).</summary>
    public Task CheckpointAsync(CancellationToken cancellationToken = default) => Journal.CheckpointAsync(cancellationToken);

    /// <summary>Checkpoints and lets the folder go when this was the last store open on it in the process.</summary>
    public void Dispose()
    {
        LocalStateJournal? journal;
        lock (_gate)
        {
            journal = _journal;
            _journal = null;
            _disposed = true;
        }
        journal?.Release();
    }

    private LocalStateJournal Journal
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return _journal ??= LocalStateJournal.Open(RootPath, timeProvider, checkpointBytes);
            }
        }
    }
}
