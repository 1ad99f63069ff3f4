using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Tests.Support;

/// <summary>A real store that can be told to be unreachable for its next writes (the archive failing at confirm).</summary>
public sealed class FlakyStorage(IStorage inner) : IStorage
{
    public int FailNextWrites { get; set; }
    public int Writes { get; private set; }

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        if (FailNextWrites > 0)
        {
            FailNextWrites--;
            throw new StorageUnavailableException("The test store is down.");
        }
        Writes++;
        return inner.WriteAsync(key, content, condition, metadata, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public IAsyncEnumerable<StorageEntry> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
}
