using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Model;

/// <summary>Drains the enrichment queue with at most Model:MaxConcurrentCalls calls at once.</summary>
public sealed class BackgroundEnrichmentService(
    BackgroundEnrichmentQueue queue, IOptions<ModelOptions> options, ILogger<BackgroundEnrichmentService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.MaxConcurrentCalls,
            CancellationToken = stoppingToken,
        };
        try
        {
            await Parallel.ForEachAsync(queue.Reader.ReadAllAsync(stoppingToken), parallel, RunAsync).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: queued enrichments are dropped, their offline results already went out.
        }
    }

    private async ValueTask RunAsync(Func<CancellationToken, Task> work, CancellationToken ct)
    {
        try
        {
            await work(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // One failed follow-up must not stop the others.
            logger.BackgroundWorkFailed(ex);
        }
    }
}
