using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// Exclusive access to one key: an in-process semaphore (striped, so it never grows) and then a
/// lock file opened with <see cref="FileShare.None"/>, which other processes on the same folder
/// respect. Lock files are never deleted: deleting one while another process waits on it would
/// let two processes each lock a different file of the same name.
/// </summary>
internal sealed class KeyLock : IAsyncDisposable
{
    private static readonly SemaphoreSlim[] Stripes = CreateStripes(64);
    private readonly SemaphoreSlim _stripe;
    private readonly FileStream _file;

    private KeyLock(SemaphoreSlim stripe, FileStream file) => (_stripe, _file) = (stripe, file);

    public static async Task<KeyLock> AcquireAsync(string lockPath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(StringComparer.Ordinal.GetHashCode(lockPath) & int.MaxValue) % Stripes.Length];
        if (!await stripe.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            throw new StorageUnavailableException("Timed out waiting for a storage lock in this process.");
        }
        try
        {
            var deadline = DateTime.UtcNow + timeout;
            var delay = 2;
            while (true)
            {
                try
                {
                    var file = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return new KeyLock(stripe, file);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    // Held by another process: back off with jitter so waiters do not march in step.
                    await Task.Delay(delay + Random.Shared.Next(delay), cancellationToken).ConfigureAwait(false);
                    delay = Math.Min(delay * 2, 50);
                }
            }
        }
        catch (IOException ex)
        {
            stripe.Release();
            throw new StorageUnavailableException("Timed out waiting for a storage lock held by another process.", ex);
        }
        catch
        {
            stripe.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _file.DisposeAsync().ConfigureAwait(false);
        _stripe.Release();
    }

    private static SemaphoreSlim[] CreateStripes(int count)
    {
        var stripes = new SemaphoreSlim[count];
        for (var i = 0; i < count; i++)
        {
            stripes[i] = new SemaphoreSlim(1, 1);
        }
        return stripes;
    }
}
