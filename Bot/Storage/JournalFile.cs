using Microsoft.Win32.SafeHandles;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// An append-only file with group commit: records handed in while a flush is under way are written
/// together with one vectored write and made durable with one fsync, so a hundred concurrent turns
/// cost one disk flush, not a hundred. After a failed write or flush the file is
/// <see cref="Broken"/>: what reached it is uncertain, so nothing more is appended to it.
/// </summary>
internal sealed class JournalFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly Lock _gate = new();
    private List<ReadOnlyMemory<byte>> _pending = [];
    private TaskCompletionSource? _batch;
    private bool _running;
    private long _length;
    private long _requested;

    /// <summary>Creates a new, empty journal file; only this process may open it while it is held.</summary>
    public JournalFile(string path, int generation)
    {
        Path = path;
        Generation = generation;
        // FileShare.None: on Unix .NET takes an flock, so a second process on the same folder fails here.
        _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
    }

    public string Path { get; }
    public int Generation { get; }

    /// <summary>Bytes handed in so far (written or waiting): what decides when to checkpoint.</summary>
    public long Requested => Interlocked.Read(ref _requested);

    public bool Broken { get; private set; }

    /// <summary>Completes when the record is on disk; fails with <see cref="IOException"/> when it may not be.</summary>
    public Task AppendAsync(byte[] record)
    {
        lock (_gate)
        {
            if (Broken)
            {
                throw new IOException("The state journal failed earlier and takes no more records.");
            }
            _pending.Add(record);
            Interlocked.Add(ref _requested, record.Length);
            _batch ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var task = _batch.Task;
            if (!_running)
            {
                _running = true;
                ThreadPool.UnsafeQueueUserWorkItem(static self => self.Run(), this, preferLocal: false);
            }
            return task;
        }
    }

    /// <summary>Completes when every record handed in before the call is on disk (or failed).</summary>
    public Task DrainAsync()
    {
        lock (_gate)
        {
            return _batch?.Task ?? Task.CompletedTask;
        }
    }

    private void Run()
    {
        while (true)
        {
            List<ReadOnlyMemory<byte>> records;
            TaskCompletionSource batch;
            lock (_gate)
            {
                if (_batch is null)
                {
                    _running = false;
                    return;
                }
                (records, batch) = (_pending, _batch);
                (_pending, _batch) = ([], null);
            }
            try
            {
                RandomAccess.Write(_handle, records, _length);
                RandomAccess.FlushToDisk(_handle);
                _length += records.Sum(r => (long)r.Length);
                batch.SetResult();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                lock (_gate)
                {
                    Broken = true;
                    _batch?.TrySetException(ex);
                    _batch = null;
                    _pending = [];
                }
                batch.SetException(ex);
            }
        }
    }

    public void Dispose() => _handle.Dispose();
}
