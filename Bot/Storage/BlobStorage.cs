using System.Net;
using System.Runtime.CompilerServices;
using AllianceBot.Dialogs.State;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// Azure Blob Storage over one container: a key is a blob name, ETags and metadata are the blob's
/// own. The container is created on first use when the credentials allow it.
/// </summary>
public sealed class BlobStorage(BlobContainerClient container) : IStorage
{
    private readonly BlobContainerClient _container = container ?? throw new ArgumentNullException(nameof(container));
    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _ready;

    public string ContainerName => _container.Name;

    public async Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await _container.GetBlobClient(key).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var details = result.Value.Details;
            return new StorageItem(key, result.Value.Content.ToMemory(), Quoted(details.ETag), BlobMetadata.Decode(details.Metadata));
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
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
        var options = new BlobUploadOptions
        {
            Metadata = BlobMetadata.Encode(StorageMetadata.Normalize(metadata)),
            Conditions = condition.Kind switch
            {
                WriteConditionKind.IfNotExists => new BlobRequestConditions { IfNoneMatch = ETag.All },
                WriteConditionKind.IfMatch => new BlobRequestConditions { IfMatch = new ETag(condition.ETag!) },
                _ => null,
            },
        };
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await _container.GetBlobClient(key).UploadAsync(BinaryData.FromBytes(content), options, cancellationToken).ConfigureAwait(false);
            return Quoted(result.Value.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            throw new StorageConflictException(key, ex);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound && condition.Kind == WriteConditionKind.IfMatch)
        {
            // IfMatch on a blob that is gone: the version the caller read no longer exists.
            throw new StorageConflictException(key, ex);
        }
        catch (Exception ex) when (BlobErrors.IsUnavailable(ex, cancellationToken))
        {
            throw BlobErrors.Unavailable(_container.Name, "write", ex);
        }
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.EnsureSafe(key);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        try
        {
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
