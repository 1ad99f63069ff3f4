using System.Diagnostics;
using System.Runtime.CompilerServices;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Telemetry;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// A span for every storage call and a count of failed ones. The span names the store ("state",
/// "archive"), the operation and its outcome, never the key: keys hold conversation and practitioner
/// ids. A write conflict is the optimistic concurrency working, so it is an outcome, not an error.
/// </summary>
public sealed class ObservedStorage(IStorage inner, string store) : IStorage, IKeepsOwnCopies, IDisposable
{
    public IStorage Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public string Store { get; } = store;

    public StorageItem? OwnCopy(string key) => (Inner as IKeepsOwnCopies)?.OwnCopy(key);

    public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
        => ObserveAsync("read", () => Inner.ReadAsync(key, cancellationToken), item => item is null ? "missing" : "ok");

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
        => ObserveAsync("write", () => Inner.WriteAsync(key, content, condition, metadata, cancellationToken), _ => "ok");

    public Task<string> WriteWithNextFlushAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
        => ObserveAsync("write", () => Inner.WriteWithNextFlushAsync(key, content, condition, metadata, cancellationToken), _ => "ok");

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
        => ObserveAsync("delete", () => Inner.DeleteAsync(key, cancellationToken), deleted => deleted ? "ok" : "missing");

    public Task<bool> PingAsync(CancellationToken cancellationToken = default)
        => ObserveAsync("ping", () => Inner.PingAsync(cancellationToken), up => up ? "ok" : "down");

    public async IAsyncEnumerable<StorageEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var span = Start("list");
        var count = 0;
        await using var entries = Inner.ListAsync(prefix, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await entries.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (Exception ex)
            {
                Fail(span, "list", ex);
                throw;
            }
            count++;
            yield return entries.Current;
        }
        span?.SetTag("alliancebot.storage.outcome", "ok");
        span?.SetTag("alliancebot.storage.entries", count);
    }

    public void Dispose() => (Inner as IDisposable)?.Dispose();

    private async Task<T> ObserveAsync<T>(string operation, Func<Task<T>> call, Func<T, string> outcome)
    {
        using var span = Start(operation);
        try
        {
            var result = await call().ConfigureAwait(false);
            span?.SetTag("alliancebot.storage.outcome", outcome(result));
            return result;
        }
        catch (StorageConflictException)
        {
            span?.SetTag("alliancebot.storage.outcome", "conflict");
            throw;
        }
        catch (Exception ex)
        {
            Fail(span, operation, ex);
            throw;
        }
    }

    private Activity? Start(string operation)
    {
        var span = BotTracing.Source.StartActivity("storage " + operation, ActivityKind.Client);
        span?.SetTag("alliancebot.storage.store", Store);
        span?.SetTag("alliancebot.storage.operation", operation);
        return span;
    }

    private void Fail(Activity? span, string operation, Exception ex)
    {
        // A cancelled call (the turn gave up, the host stops) is not the store's failure.
        if (ex is OperationCanceledException)
        {
            span?.SetTag("alliancebot.storage.outcome", "cancelled");
            return;
        }
        var error = ex is StorageUnavailableException ? "unavailable" : ex.GetType().Name;
        span?.SetTag("alliancebot.storage.outcome", "error");
        span.Failed(ex);
        BotMetrics.StorageFailed(Store, operation, error);
    }
}
