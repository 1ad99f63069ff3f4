using System.Threading.Channels;
using Microsoft.Extensions.Options;
using AllianceBot.Dialogs.Telemetry;

namespace AllianceBot.Bot.Model;

/// <summary>
/// Lets a turn answer at once with the offline result and hand the model call to the background.
/// Bounded: when it is full the work is skipped, never waited for, because a turn must not stall
/// behind a slow model.
/// </summary>
public sealed class BackgroundEnrichmentQueue(IOptions<ModelOptions> options, ILogger<BackgroundEnrichmentQueue> logger)
{
    private readonly Channel<Func<CancellationToken, Task>> _channel = Channel.CreateBounded<Func<CancellationToken, Task>>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    internal ChannelReader<Func<CancellationToken, Task>> Reader => _channel.Reader;

    /// <summary>False when the queue is full or shutting down; the offline result then simply stands.</summary>
    public bool TryEnqueue(Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_channel.Writer.TryWrite(work))
        {
            return true;
        }
        logger.QueueFull(options.Value.QueueCapacity);
        BotMetrics.ModelFellBack("debrief", "queue full");
        return false;
    }

    /// <summary>
    /// Runs <paramref name="produce"/> in the background and, only when it gives an improvement
    /// (not null), passes it to <paramref name="onImproved"/>, e.g. a proactive follow-up message.
    /// </summary>
    public bool TryEnqueue<T>(Func<CancellationToken, Task<T?>> produce, Func<T, CancellationToken, Task> onImproved)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(produce);
        ArgumentNullException.ThrowIfNull(onImproved);
        return TryEnqueue(async ct =>
        {
            var improved = await produce(ct).ConfigureAwait(false);
            if (improved is not null)
            {
                await onImproved(improved, ct).ConfigureAwait(false);
            }
        });
    }

    internal void Complete() => _channel.Writer.TryComplete();
}
