using AllianceBot.Dialogs.State;
using Azure;
using Azure.Identity;

namespace AllianceBot.Bot.Storage;

/// <summary>Which Azure SDK failures mean "the store is unavailable", so none of them leaks to callers raw.</summary>
internal static class BlobErrors
{
    public static bool IsUnavailable(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        // The caller's own cancellation stays an OperationCanceledException.
        OperationCanceledException when cancellationToken.IsCancellationRequested => false,
        // Conflicts and missing blobs are handled by each operation first; any other status (0 = transport,
        // 401/403 = credentials or roles, 408/429/5xx = the service) means the store cannot serve us.
        RequestFailedException => true,
        OperationCanceledException or TimeoutException or HttpRequestException or IOException or AggregateException => true,
        AuthenticationFailedException or CredentialUnavailableException => true,
        _ => false,
    };

    public static StorageUnavailableException Unavailable(string container, string operation, Exception ex)
    {
        var status = ex is RequestFailedException r ? $" (status {r.Status}{(r.ErrorCode is null ? "" : ", " + r.ErrorCode)})" : "";
        return new StorageUnavailableException($"Blob storage container '{container}' could not {operation}{status}: {ex.GetType().Name}.", ex);
    }
}
