using System.Net;
using System.Runtime.CompilerServices;
using AllianceBot.Dialogs.State;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// Azure Blob Storage over one container: a key is a blob name, ETags and metadata are the blob's
/// own. The container is created on first use when the credentials allow it. Reads are conditional
/// on the version this process last saw (<see cref="BlobDocumentCache"/>), so a turn's state read of
/// an unchanged document is a 304 without a body; writes are conditional as the caller asks, never
/// on the cache. With <paramref name="ownCopies"/> the cached version is also handed out without any
/// request (<see cref="IKeepsOwnCopies"/>): the conversation state store uses that.
/// </summary>
public sealed class BlobStorage(BlobContainerClient container, long cacheBytes = BlobStorage.DefaultCacheBytes, bool ownCopies = false)
    : IStorage, IKeepsOwnCopies
{
    /// <summary>Ample for the state of hundreds of conversations (a few KB each).</summary>
    public const long DefaultCacheBytes = 8L * 1024 * 1024;

    private readonly BlobContainerClient _container = container ?? throw new ArgumentNullException(nameof(container));
    private readonly BlobDocumentCache _cache = new(cacheBytes);
    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _ready;

    public string ContainerName => _container.Name;

    /// <summary>True when <see cref="OwnCopy"/> hands out cached versions (the state store, unless configured off).</summary>
    public bool ReadsOwnCopies => ownCopies;

    public StorageItem? OwnCopy(string key) => ownCopies ? _cache.Find(key) : null;

    public async Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var cached = _cache.Find(key);
        var options = cached is null ? null
            : new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = new ETag(cached.ETag) } };
        try
        {
            var result = await _container.GetBlobClient(key).DownloadContentAsync(options, cancellationToken).ConfigureAwait(false);
            if (cached is not null && result.GetRawResponse().Status == (int)HttpStatusCode.NotModified)
            {
                // The service still holds the very version cached: same ETag, so same content and metadata.
                // (The SDK answers a 304 with a response that has no value rather than an exception.)
                return cached;
            }
            var details = result.Value.Details;
            var item = new StorageItem(key, result.Value.Content.ToMemory(), Quoted(details.ETag), BlobMetadata.Decode(details.Metadata));
            _cache.Keep(item);
            return item;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            _cache.Forget(key);
            return null;
        }
        catch (Exception ex) when (BlobErrors.IsUnavailable(ex, cancellationToken))
        {
            throw BlobErrors.Unavailable(_container.Name, "read", ex);
        }
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        var normalized = StorageMetadata.Normalize(metadata);
        // A conditional write names itself, so a repeat that fails its own condition can tell it already landed.
        var writeId = condition.Kind == WriteConditionKind.Always ? null : RandomIds.NewHex();
        var options = new BlobUploadOptions
        {
            Metadata = BlobMetadata.Encode(normalized, writeId),
            Conditions = condition.Kind switch
            {
                WriteConditionKind.IfNotExists => new BlobRequestConditions { IfNoneMatch = ETag.All },
                WriteConditionKind.IfMatch => new BlobRequestConditions { IfMatch = new ETag(condition.ETag!) },
                _ => null,
            },
        };
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        // A copy: the caller's buffer is theirs to reuse, and the cache hands this content out again.
        var bytes = content.ToArray();
        try
        {
            var result = await _container.GetBlobClient(key).UploadAsync(BinaryData.FromBytes(bytes), options, cancellationToken).ConfigureAwait(false);
            var etag = Quoted(result.Value.ETag);
            // The ETag the service gave these bytes, so the next turn's read of this state is a 304.
            _cache.Keep(new StorageItem(key, bytes, etag, normalized));
            return etag;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            _cache.Forget(key);
            // Either someone else wrote first, or this very write did: the SDK repeats a request whose
            // answer was lost (a network timeout), and the repeat then fails its own condition. Taking
            // that for a conflict would make the turn run again, find its activity already recorded,
            // and drop the replies of a turn that was saved (or call a new debrief "already archived").
            // Equal content would not prove it (two instances handling one redelivered message write
            // the same bytes); the write id does.
            if (writeId is not null && await LandedAsync(key, writeId, cancellationToken).ConfigureAwait(false) is { } landed)
            {
                _cache.Keep(new StorageItem(key, bytes, landed, normalized));
                return landed;
            }
            throw new StorageConflictException(key, ex);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound && condition.Kind == WriteConditionKind.IfMatch
            && ex.ErrorCode != "ContainerNotFound")
        {
            // IfMatch on a blob that is gone: the version the caller read no longer exists.
            _cache.Forget(key);
            throw new StorageConflictException(key, ex);
        }
        catch (Exception ex) when (BlobErrors.IsUnavailable(ex, cancellationToken))
        {
            // The write may or may not have happened; the next read fetches whichever it was.
            _cache.Forget(key);
            if (ex is RequestFailedException { ErrorCode: "ContainerNotFound" })
            {
                // Deleted behind our back: create it again on the next call rather than fail forever.
                _ready = false;
            }
            throw BlobErrors.Unavailable(_container.Name, "write", ex);
        }
    }

    /// <summary>The ETag of the stored version when the write <paramref name="writeId"/> put it there; otherwise null.</summary>
    private async Task<string?> LandedAsync(string key, string writeId, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await _container.GetBlobClient(key).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return BlobMetadata.WriteIdOf(properties.Value.Metadata) == writeId ? Quoted(properties.Value.ETag) : null;
        }
        catch (Exception ex) when (ex is RequestFailedException || BlobErrors.IsUnavailable(ex, cancellationToken))
        {
            // Gone or unreachable: no proof it landed, so the conflict stands and the turn reads again.
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _cache.Forget(key);
            var result = await _container.GetBlobClient(key).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return result.Value;
        }
        catch (Exception ex) when (BlobErrors.IsUnavailable(ex, cancellationToken))
        {
            throw BlobErrors.Unavailable(_container.Name, "delete", ex);
        }
    }

    public async IAsyncEnumerable<StorageEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafePrefix(prefix);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var pages = _container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix.Length == 0 ? null : prefix, cancellationToken)
            .AsPages().GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                // A yield cannot sit inside a try with a catch, so each page is fetched inside one and yielded outside.
                Page<BlobItem> page;
                try
                {
                    if (!await pages.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                    page = pages.Current;
                }
                catch (Exception ex) when (BlobErrors.IsUnavailable(ex, cancellationToken))
                {
                    throw BlobErrors.Unavailable(_container.Name, "list", ex);
                }
                foreach (var blob in page.Values)
                {
                    yield return new StorageEntry(blob.Name, blob.Properties.ETag is { } etag ? Quoted(etag) : "",
                        blob.Properties.LastModified ?? DateTimeOffset.MinValue, BlobMetadata.Decode(blob.Metadata));
                }
            }
        }
        finally
        {
            await pages.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
            await _container.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is StorageUnavailableException || BlobErrors.IsUnavailable(ex, cancellationToken))
        {
            return false;
        }
    }

    // Headers carry ETags quoted, listings (XML) bare: one form, so a listed ETag works in IfMatch
    // and compares equal to the one a write returned.
    private static string Quoted(ETag etag)
    {
        var value = etag.ToString();
        return value.StartsWith('"') ? value : $"\"{value}\"";
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }
        await _createGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Forbidden)
        {
            // A managed identity with data-plane roles only may not create containers; infrastructure
            // created it, and a real authorization problem shows on the first read or write.
            _ready = true;
        }
        catch (Exception ex) when (BlobErrors.IsUnavailable(ex, cancellationToken))
        {
            // Not marked ready: the next call tries again, so a store that comes back is picked up.
            throw BlobErrors.Unavailable(_container.Name, "open", ex);
        }
        finally
        {
            _createGate.Release();
        }
    }
}
