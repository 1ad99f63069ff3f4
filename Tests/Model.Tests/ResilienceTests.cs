using System.Diagnostics;
using AllianceBot.Bot.Model;
using AllianceBot.TestKit;

namespace AllianceBot.Model.Tests;

/// <summary>Every way a model call can go wrong ends in null (the offline result stands) within the time budget.</summary>
/// <summary>Runs on both clients: AzureOpenAIClient and OpenAIClient (the sealed classes at the end).</summary>
public abstract class ResilienceTests(ModelProvider provider)
{
    protected ModelProvider Provider => provider;

    private static Dictionary<string, string?> Budget(double seconds, int retries = 2) => new()
    {
        ["Model:TimeoutSeconds"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Model:MaxRetries"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task EnrichAsync_429ThenSuccess_WaitsRetryAfterAndSucceeds()
    {
        await using var h = await ModelHarness.StartAsync(Provider, Budget(8));
        h.Server.Enqueue(FakeOpenAiResponse.TooManyRequests(TimeSpan.FromSeconds(1)), FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()));
        var clock = Stopwatch.StartNew();

        var result = await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.NotNull(result);
        Assert.Equal(2, h.Server.Requests.Count);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(6));
        var retry = Assert.Single(h.Logs.Entries, e => e.EventName == "CallRetrying");
        Assert.Equal(429, retry.Values["Status"]);
        Assert.Equal(1000L, retry.Values["DelayMs"]);
    }

    [Fact]
    public async Task EnrichAsync_429WithAzureRetryAfterMs_PrefersMilliseconds()
    {
        await using var h = await ModelHarness.StartAsync(Provider, Budget(8));
        h.Server.Enqueue(
            FakeOpenAiResponse.TooManyRequests(TimeSpan.FromSeconds(3), azureMilliseconds: TimeSpan.FromMilliseconds(400)),
            FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()));
        var clock = Stopwatch.StartNew();

        var result = await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.NotNull(result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"took {clock.Elapsed}");
        Assert.Equal(400L, Assert.Single(h.Logs.Entries, e => e.EventName == "CallRetrying").Values["DelayMs"]);
    }

    [Fact]
    public async Task EnrichAsync_429WithRetryAfterBeyondBudget_ReturnsNullAtOnce()
    {
        await using var h = await ModelHarness.StartAsync(Provider, Budget(5));
        h.Server.Enqueue(FakeOpenAiResponse.TooManyRequests(TimeSpan.FromSeconds(60)), FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()));
        var clock = Stopwatch.StartNew();

        var result = await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.Null(result);
        Assert.Single(h.Server.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Contains(h.Logs.Entries, e => e.EventName == "CallGaveUp");
    }

    [Fact]
    public async Task EnrichAsync_ServerHangs_ReturnsNullWithinBudget()
    {
        await using var h = await ModelHarness.StartAsync(Provider, Budget(1.5));
        h.Server.Enqueue(FakeOpenAiResponse.Hang());
        var clock = Stopwatch.StartNew();

        var result = await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.Null(result);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(3.5));
        Assert.Contains(h.Logs.Entries, e => e.EventName == "CallTimedOut");
    }

    [Fact]
    public async Task EnrichAsync_BodyStreamsSlowly_ReturnsNullWithinBudget()
    {
        await using var h = await ModelHarness.StartAsync(Provider, Budget(1.5));
        h.Server.Enqueue(FakeOpenAiResponse.SlowBody(TestData.RealisticDebriefJson(), TimeSpan.FromMilliseconds(200)));
        var clock = Stopwatch.StartNew();

        var result = await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.Null(result);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(3.5));
    }

    [Fact]
    public async Task EnrichAsync_500ThenSuccess_Retries()
    {
        await using var h = await ModelHarness.StartAsync(Provider, Budget(8));
        h.Server.Enqueue(FakeOpenAiResponse.Error(500, "boom"), FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()));

        var result = await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.NotNull(result);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task EnrichAsync_503Always_GivesUpAfterMaxRetries()
    {
        await using var h = await ModelHarness.StartAsync(Provider, Budget(8, retries: 2));
        h.Server.Enqueue(FakeOpenAiResponse.Error(503, "a"), FakeOpenAiResponse.Error(503, "b"), FakeOpenAiResponse.Error(503, "c"), FakeOpenAiResponse.Error(503, "d"));

        var result = await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.Null(result);
        Assert.Equal(3, h.Server.Requests.Count); // the first try and two retries
    }

    [Fact]
    public async Task EnrichAsync_400ContentFilter_ReturnsNullWithoutRetry()
    {
        await using var h = await ModelHarness.StartAsync(Provider);
        h.Server.Enqueue(FakeOpenAiResponse.ContentFilterError(), FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()));

        var result = await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.Null(result);
        Assert.Single(h.Server.Requests);
        var entry = Assert.Single(h.Logs.Entries, e => e.EventName == "ContentFiltered");
        Assert.Equal("request", entry.Values["Where"]);
    }

    [Fact]
    public async Task EnrichAsync_FinishReasonContentFilter_ReturnsNull()
    {
        await using var h = await ModelHarness.StartAsync(Provider);
        h.Server.Enqueue(FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson(), finishReason: "content_filter"));

        var result = await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.Null(result);
        var entry = Assert.Single(h.Logs.Entries, e => e.EventName == "ContentFiltered");
        Assert.Equal("response", entry.Values["Where"]);
    }

    [Fact]
    public async Task EnrichAsync_FinishReasonLength_ReturnsNull()
    {
        await using var h = await ModelHarness.StartAsync(Provider);
        h.Server.Enqueue(FakeOpenAiResponse.Completion("{\"supervisorSummary\":\"First session with", finishReason: "length"));

        Assert.Null(await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"supervisorSummary\":\"\",\"findings\":[],\"prompts\":[]}")]
    [InlineData("{\"supervisorSummary\":\"ok\",\"findings\":{},\"prompts\":[]}")]
    [InlineData("Sure! Here is the JSON you asked for.")]
    public async Task EnrichAsync_MalformedOrInvalidJson_ReturnsNull(string content)
    {
        await using var h = await ModelHarness.StartAsync(Provider);
        h.Server.Enqueue(FakeOpenAiResponse.Completion(content));

        Assert.Null(await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None));
        Assert.Contains(h.Logs.Entries, e => e.EventName == "OutputRejected");
    }

    [Fact]
    public async Task EnrichAsync_BodyIsNotAChatCompletion_ReturnsNull()
    {
        await using var h = await ModelHarness.StartAsync(Provider);
        h.Server.Enqueue(FakeOpenAiResponse.RawBody("<html><body>Gateway says hello</body></html>", "text/html"));

        Assert.Null(await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None));
    }

    [Fact]
    public async Task EnrichAsync_401_ReturnsNullWithoutRetry()
    {
        await using var h = await ModelHarness.StartAsync(Provider);
        h.Server.Enqueue(FakeOpenAiResponse.Error(401, "bad key"), FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()));

        Assert.Null(await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None));
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task EnrichAsync_CallerCancels_Throws()
    {
        await using var h = await ModelHarness.StartAsync(Provider, Budget(10));
        h.Server.Enqueue(FakeOpenAiResponse.Hang());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Enricher.EnrichAsync(TestData.Request(), cts.Token));
    }
}

public sealed class ResilienceTestsOnAzureOpenAI() : ResilienceTests(ModelProvider.AzureOpenAI);

public sealed class ResilienceTestsOnOpenAI() : ResilienceTests(ModelProvider.OpenAI);
