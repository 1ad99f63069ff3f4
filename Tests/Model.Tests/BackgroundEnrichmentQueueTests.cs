using System.Diagnostics;
using AllianceBot.Bot.Model;
using AllianceBot.Prompts.Enrichment;
using AllianceBot.TestKit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Model.Tests;

public sealed class BackgroundEnrichmentQueueTests
{
    private const ModelProvider Provider = ModelProvider.AzureOpenAI;

    private static (BackgroundEnrichmentQueue Queue, BackgroundEnrichmentService Service) Create(int capacity = 10, int parallel = 2)
    {
        var options = Options.Create(new ModelOptions { QueueCapacity = capacity, MaxConcurrentCalls = parallel });
        var queue = new BackgroundEnrichmentQueue(options, NullLogger<BackgroundEnrichmentQueue>.Instance);
        return (queue, new BackgroundEnrichmentService(queue, options, NullLogger<BackgroundEnrichmentService>.Instance));
    }

    [Fact]
    public async Task TryEnqueue_ImprovementProduced_CallsFollowUp()
    {
        var (queue, service) = Create();
        var followUp = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await service.StartAsync(CancellationToken.None);

        Assert.True(queue.TryEnqueue(_ => Task.FromResult<string?>("better"), (r, _) => { followUp.SetResult(r); return Task.CompletedTask; }));

        Assert.Equal("better", await followUp.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TryEnqueue_NullResult_SkipsFollowUp()
    {
        var (queue, service) = Create();
        var followedUp = false;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await service.StartAsync(CancellationToken.None);

        queue.TryEnqueue(_ => Task.FromResult<string?>(null), (_, _) => { followedUp = true; return Task.CompletedTask; });
        queue.TryEnqueue(_ => { done.SetResult(); return Task.CompletedTask; });

        await done.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await service.StopAsync(CancellationToken.None);
        Assert.False(followedUp);
    }

    [Fact]
    public async Task Worker_OneItemThrows_OthersStillRun()
    {
        var (queue, service) = Create(parallel: 1);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await service.StartAsync(CancellationToken.None);

        queue.TryEnqueue(_ => throw new InvalidOperationException("boom"));
        queue.TryEnqueue(_ => { done.SetResult(); return Task.CompletedTask; });

        await done.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TryEnqueue_SlowModel_ReturnsAtOnceAndImprovementFollows()
    {
        await using var h = await ModelHarness.StartAsync(Provider);
        h.Server.Enqueue(FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson(), delay: TimeSpan.FromSeconds(1)));
        var worker = h.Get<IEnumerable<IHostedService>>().OfType<BackgroundEnrichmentService>().Single();
        await worker.StartAsync(CancellationToken.None);
        var followUp = new TaskCompletionSource<IReadOnlyList<EnrichedFinding>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();

        var queued = h.Get<BackgroundEnrichmentQueue>().TryEnqueue(
            ct => h.Enricher.EnrichAsync(TestData.Request(), ct),
            (result, _) => { followUp.SetResult(FindingMerge.Merge(TestData.OfflineFindings, result.Findings)); return Task.CompletedTask; });
        var turnTime = clock.Elapsed;

        Assert.True(queued);
        Assert.True(turnTime < TimeSpan.FromMilliseconds(200), $"the turn waited {turnTime}");
        var merged = await followUp.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9));
        Assert.Equal(5, merged.Count);
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void TryEnqueue_QueueFull_ReturnsFalseAtOnce()
    {
        var (queue, _) = Create(capacity: 2);

        Assert.True(queue.TryEnqueue(_ => Task.CompletedTask));
        Assert.True(queue.TryEnqueue(_ => Task.CompletedTask));
        Assert.False(queue.TryEnqueue(_ => Task.CompletedTask));
    }

    [Fact]
    public async Task Worker_ManyItems_RunsAtMostMaxConcurrentCalls()
    {
        var (queue, service) = Create(capacity: 20, parallel: 3);
        var running = 0;
        var peak = 0;
        using var all = new CountdownEvent(9);
        await service.StartAsync(CancellationToken.None);

        for (var i = 0; i < 9; i++)
        {
            queue.TryEnqueue(async ct =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref peak, now);
                await Task.Delay(100, ct);
                Interlocked.Decrement(ref running);
                all.Signal();
            });
        }

        Assert.True(all.Wait(TimeSpan.FromSeconds(10)));
        await service.StopAsync(CancellationToken.None);
        Assert.Equal(3, peak);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
