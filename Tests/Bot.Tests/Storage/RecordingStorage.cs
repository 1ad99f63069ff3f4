using System.Runtime.CompilerServices;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>Passes everything to a real store and records the prefixes listed, the keys read and the writes made, to check what a query costs.</summary>
internal sealed class RecordingStorage(IStorage inner) : IStorage
{
    public List<string> Listed { get; } = [];

    public List<string> Read { get; } = [];

    /// <summary>Keys whose write the store has acknowledged, in that order.</summary>
    public List<string> Written { get; } = [];

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (Read)
        {
            Read.Add(key);
        }
        return inner.ReadAsync(key, cancellationToken);
    }

    /// <summary>Awaited before each write reaches the store, given its key: to hold writes and see which overlap.</summary>
    public Func<string, Task>? BeforeWrite { get; set; }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        if (BeforeWrite is { } hold)
        {
            await hold(key).ConfigureAwait(false);
        }
        var etag = await inner.WriteAsync(key, content, condition, metadata, cancellationToken).ConfigureAwait(false);
        lock (Written)
        {
            Written.Add(key);
        }
        return etag;
    }

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
