using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// Many writers, one flush to disk: a writer that needs its files durable waits for the next
/// syncfs(2) of the folder's file system, which covers every write made before it started. Under
/// load one flush serves dozens of turns instead of each paying an fsync of its own (the largest
/// cost of a turn on the local store). Linux only; elsewhere <see cref="Enabled"/> is false and each
/// write flushes its own file.
/// </summary>
internal sealed class GroupFlush
{
    private readonly string _anchorPath;
    private readonly Lock _gate = new();
    private SafeFileHandle? _anchor;
    private TaskCompletionSource? _waiting;
    private bool _running;

    // syncfs needs an open file of the file system; this one only anchors the call. Opened at the
    // first write, so a store on a missing or read-only folder still starts and reports per write.
    public GroupFlush(string root) => _anchorPath = Path.Combine(root, "flush~anchor");

    public bool Enabled { get; } = OperatingSystem.IsLinux();

    /// <summary>Completes when everything written before the call is on disk.</summary>
    public Task FlushAsync()
    {
        if (!Enabled)
        {
            return Task.CompletedTask;
        }
        lock (_gate)
        {
            _anchor ??= File.OpenHandle(_anchorPath, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            // A flush already under way may have started before this caller's write: wait for the next one.
            _waiting ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var task = _waiting.Task;
            if (!_running)
            {
                _running = true;
                ThreadPool.UnsafeQueueUserWorkItem(static self => self.Run(), this, preferLocal: false);
            }
            return task;
        }
    }

    private void Run()
    {
        while (true)
        {
            TaskCompletionSource batch;
            lock (_gate)
            {
                if (_waiting is null)
                {
                    _running = false;
                    return;
                }
                batch = _waiting;
                _waiting = null;
            }
            if (SyncFs(_anchor!) == 0)
            {
                batch.SetResult();
            }
            else
            {
                batch.SetException(new IOException($"Flushing the storage folder to disk failed (errno {Marshal.GetLastPInvokeError()})."));
            }
        }
    }

    private static int SyncFs(SafeFileHandle handle)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return syncfs((int)handle.DangerousGetHandle());
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    // DllImport rather than LibraryImport: the generated stub would need unsafe code in the project
    // for one blittable call.
#pragma warning disable SYSLIB1054
    [DllImport("libc", SetLastError = true)]
    private static extern int syncfs(int fd);
#pragma warning restore SYSLIB1054
}
