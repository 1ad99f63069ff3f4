using System.Runtime.CompilerServices;
using AllianceBot.Dialogs.State;

namespace AllianceBot.DigestBench;

/// <summary>Counts list and read calls, to show that a digest touches only its period's prefixes.</summary>
internal sealed class CountingStorage(IStorage inner) : IStorage
{
    public int Lists;
    public int Listed;
    public int Reads;

    public void Reset() => (Lists, Listed, Reads) = (0, 0, 0);

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Reads);
        return inner.ReadAsync(key, cancellationToken);
    }

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
        => inner.WriteAsync(key, content, condition, metadata, cancellationToken);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public async IAsyncEnumerable<StorageEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Lists);
        await foreach (var entry in inner.ListAsync(prefix, cancellationToken))
        {
            Interlocked.Increment(ref Listed);
            yield return entry;
        }
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
}
