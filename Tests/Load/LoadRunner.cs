using System.Diagnostics;

namespace AllianceBot.Load;

/// <summary>Drives N conversations against one endpoint for the warm-up plus the measured duration.</summary>
public static class LoadRunner
{
    /// <param name="thinkMs">0 for the capacity phase (back to back), the think time for the paced phase.</param>
    public static async Task<LoadResult> RunAsync(string name, Uri endpoint, ConnectorSink sink, ILoadScript script, LoadOptions options,
        int thinkMs, ServerProcess server)
    {
        using var handler = new SocketsHttpHandler
        {
            // One connection per concurrent conversation, kept alive: connection setup is not what is measured.
            MaxConnectionsPerServer = options.Conversations + 8,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var stats = new LoadStats();
        var run = Guid.NewGuid().ToString("N")[..8];
        using var stop = new CancellationTokenSource();
        var lateBefore = sink.LateReplies;

        var conversations = Enumerable.Range(0, options.Conversations)
            .Select(i =>
            {
                var id = $"a:load-{run}-{i}";
                return new LoadConversation(id, i, sink.ServiceUrl, endpoint, http, sink.Register(id), stats, thinkMs);
            })
            .ToArray();
        var workers = conversations.Select(c => Task.Run(() => DriveAsync(c, script, stats, stop.Token))).ToArray();

        await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds)).ConfigureAwait(false);
        stats.StartRecording();
        var cpuBefore = server.CpuSeconds();
        var linesBefore = server.Lines;
        var repliesBefore = sink.Received;
        Console.Error.WriteLine($"  {name}: measuring for {options.DurationSeconds} s...");
        await Task.Delay(TimeSpan.FromSeconds(options.DurationSeconds)).ConfigureAwait(false);
        stats.StopRecording();
        var cpu = server.CpuSeconds() - cpuBefore;
        var lines = server.Lines - linesBefore;
        var replies = sink.Received - repliesBefore;
        await stop.CancelAsync().ConfigureAwait(false);
        // Every turn is bounded (HTTP 30 s, replies 15 s), so this ends by itself.
        await Task.WhenAll(workers).ConfigureAwait(false);
        return stats.Result(name, server.Memory().PeakMb, sink.LateReplies - lateBefore, 0) with { CpuSeconds = cpu, LogLines = lines, Replies = replies };
    }

    private static async Task DriveAsync(LoadConversation conversation, ILoadScript script, LoadStats stats, CancellationToken stop)
    {
        // Spread the first messages over 200 ms, as users do not all press Enter in the same microsecond.
        await Task.Delay(conversation.Index % 200).ConfigureAwait(false);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await script.RunRoundAsync(conversation, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (TurnFailedException)
            {
                // Counted already; start the next round after a breath so a broken server is not hammered.
                await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
            }
            catch (ScriptException ex)
            {
                stats.Error("script: " + ex.Message);
                await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}

/// <summary>The bot answered something the script did not expect (a wrong reply, not a slow one).</summary>
public sealed class ScriptException(string message) : Exception(message);
