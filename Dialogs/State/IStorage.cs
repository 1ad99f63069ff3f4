namespace AllianceBot.Dialogs.State;

/// <summary>
/// The one storage contract: documents addressed by '/'-separated keys, with ETags for optimistic
/// concurrency. Backends: a local folder (embedded default) and Azure Blob Storage (in Bot/).
/// Every backend throws <see cref="StorageConflictException"/> when a write condition fails and
/// <see cref="StorageUnavailableException"/> when the store cannot be reached.
/// </summary>
public interface IStorage
{
    Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <returns>The new ETag.</returns>
    Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="WriteAsync"/> for a small derived document that may reach the disk with the next
    /// durable write rather than before this call returns; the caller makes such a write next. A store
    /// without that distinction (Blob, memory) writes it like any other. The local store saves a round
    /// of flushing to disk, which a write beside others costs in full.
    /// </summary>
    Task<string> WriteWithNextFlushAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
        => WriteAsync(key, content, condition, metadata, cancellationToken);

    /// <returns>False when there was nothing to delete.</returns>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Entries whose key starts with <paramref name="prefix"/>, in ordinal key order, without their content.</summary>
    IAsyncEnumerable<StorageEntry> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>True when the store answers (for readiness checks).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}
