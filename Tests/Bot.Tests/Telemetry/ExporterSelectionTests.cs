using AllianceBot.Bot.Telemetry;
using AllianceBot.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AllianceBot.Bot.Tests.Telemetry;

/// <summary>Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set, OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, none otherwise; real exports to a loopback receiver.</summary>
public sealed class ExporterSelectionTests
{
    static ExporterSelectionTests()
    {
        // The Azure Monitor exporter's own usage statistics would go to a public endpoint; tests send only to loopback.
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "true");
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_SDKSTATS_DISABLED", "true");
    }

    [Fact]
    public void AddTelemetry_NothingConfigured_BuildsNoPipeline()
    {
        var services = new ServiceCollection();
        services.AddLogging();

        services.AddTelemetry(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();
        Assert.Null(provider.GetService<TracerProvider>());
        Assert.Null(provider.GetService<MeterProvider>());
        Assert.Equal("none", TelemetryRegistration.DescribeExporters(new ConfigurationBuilder().Build()));
    }

    [Fact]
    public async Task OtlpEndpointSet_TracesMetricsAndLogsPostedToTheCollector()
    {
        await using var collector = await TelemetryReceiver.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            [TelemetryRegistration.OtlpSetting] = collector.BaseUrl,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        };

        var posts = await RunOneTurnAsync(settings, collector, posts =>
            posts.Any(p => p.Path == "/v1/traces" && p.Body.Contains("turn text", StringComparison.Ordinal))
            && posts.Any(p => p.Path == "/v1/metrics" && p.Body.Contains("alliancebot.turns", StringComparison.Ordinal))
            && posts.Any(p => p.Path == "/v1/logs" && p.Body.Contains("Turn ", StringComparison.Ordinal)));

        Assert.Contains(posts, p => p.Path == "/v1/traces" && p.Body.Contains("turn text", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Path == "/v1/metrics" && p.Body.Contains("alliancebot.turns", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Path == "/v1/logs" && p.Body.Contains("Turn ", StringComparison.Ordinal));
        Assert.DoesNotContain(posts, p => p.Path.StartsWith("/v2.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectionStringSet_TelemetrySentToApplicationInsightsIngestion()
    {
        await using var ingestion = await TelemetryReceiver.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            [TelemetryRegistration.AzureMonitorSetting] = $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={ingestion.BaseUrl}/",
        };

        static string Sent(IEnumerable<(string Path, string Body)> posts) =>
            string.Join('\n', posts.Where(p => p.Path == "/v2.1/track").Select(p => p.Body));
        var posts = await RunOneTurnAsync(settings, ingestion, posts =>
        {
            var all = Sent(posts);
            return all.Contains("\"name\":\"turn text\"", StringComparison.Ordinal)
                && all.Contains("alliancebot.turns", StringComparison.Ordinal)
                && all.Contains("MessageData", StringComparison.Ordinal);
        });

        var sent = Sent(posts);
        Assert.Contains("\"name\":\"turn text\"", sent, StringComparison.Ordinal);
        Assert.Contains("alliancebot.turns", sent, StringComparison.Ordinal);
        Assert.Contains("MessageData", sent, StringComparison.Ordinal);
        Assert.DoesNotContain(posts, p => p.Path.StartsWith("/v1/", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<(string Path, string Body)>> RunOneTurnAsync(
        Dictionary<string, string?> settings, TelemetryReceiver receiver, Func<IReadOnlyList<(string Path, string Body)>, bool> arrived)
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var host = await BotTestHost.StartAsync(bot: null, settings,
            configure: services => services.AddTelemetry(configuration), realBot: true);

        await host.PostAsync(TestActivities.Message("help", connector.ServiceUrl));
        await connector.WaitForMessagesAsync(1);
        // The turn's span and line are written as it ends, just after its replies.
        await Task.Delay(200);
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        host.Services.GetRequiredService<LoggerProvider>().ForceFlush();
        // Exporters batch on their own timers, so wait for what the test needs rather than for a count of posts.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!arrived(receiver.Posts) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        }
        return receiver.Posts;
    }
}
