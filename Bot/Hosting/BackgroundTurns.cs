using System.Collections.Concurrent;

namespace AllianceBot.Bot.Hosting;

/// <summary>
/// Runs turns independently of the HTTP request that brought them: the request may answer 202
/// while an LLM call finishes, and the client hanging up must not cancel a half-saved turn. Each
/// turn gets its own 5-minute limit; at shutdown the host waits for running turns.
/// </summary>
public sealed class BackgroundTurns(ILogger<BackgroundTurns> logger) : IHostedService
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public int Running => _running.Count;

    public Task<T> Start<T>(Func<CancellationToken, Task<T>> turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var task = Task.Run(async () =>
        {
            using var timeout = new CancellationTokenSource(TurnTimeout);
            return await turn(timeout.Token).ConfigureAwait(false);
        });
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t =>
        {
            _running.TryRemove(t, out _);
            if (t.Exception is { } ex)
            {
                var inner = ex.InnerException ?? ex;
                // The stack, not the message: a message can quote what the user typed.
                logger.BackgroundTurnFailed(inner.GetType().Name, inner.StackTrace);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var pending = _running.Keys.ToArray();
        if (pending.Length == 0)
        {
            return;
        }
        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            logger.TurnsAbandonedAtShutdown(_running.Count);
        }
        catch (Exception)
        {
            // Already logged per turn.
        }
    }
}
