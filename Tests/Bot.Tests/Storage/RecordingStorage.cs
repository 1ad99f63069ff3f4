using System.Runtime.CompilerServices;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>Passes everything to a real store and records the prefixes listed, to check what a query costs.</summary>
internal sealed class RecordingStorage(IStorage inner) : IStorage
{
    public List<string> Listed { get; } = [];

    public List<string> Read { get; } = [];

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (Read)
        {
            Read.Add(key);
        }
        return inner.ReadAsync(key, cancellationToken);
    }

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
        => inner.WriteAsync(key, content, condition, metadata, cancellationToken);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public async IAsyncEnumerable<StorageEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        lock (Listed)
        {
            Listed.Add(prefix);
        }
        await foreach (var entry in inner.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
}
