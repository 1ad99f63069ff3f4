using System.Net;
using System.Text.Json.Nodes;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests.Hosting;

/// <summary>/readyz over real HTTP: storage reachable, knowledge base and model loaded; /healthz only says the process is alive.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Readyz_AllLoaded_Returns200WithEachCheck()
    {
        await using var host = await BotTestHost.StartAsync(bot: null, realBot: true);

        var (status, body) = await GetAsync(host, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready", (string?)body["status"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["storage"]!["status"]);
        Assert.Matches(@"^[0-9]+ passages, [0-9]+ warning signs$", (string?)body["checks"]!["knowledge"]!["description"]);
        Assert.Contains("offline engine only", (string?)body["checks"]!["model"]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_ArchiveDown_Returns503NamingTheStore()
    {
        await using var host = await BotTestHost.StartAsync(new TestBot(), stores: new BotStores(new MemoryStorage(), new FlakyStorage { Down = true }));

        var (status, body) = await GetAsync(host, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("not ready", (string?)body["status"]);
        Assert.StartsWith("the archive store does not answer", (string?)body["checks"]!["storage"]!["description"], StringComparison.Ordinal);
        // Alive all the same: App Service must not restart an instance because its storage is down.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Readyz_KnowledgeBaseFailsToLoad_Returns503WithoutTheLoadersMessage()
    {
        await using var host = await BotTestHost.StartAsync(new TestBot(), configure: services =>
            services.AddSingleton<ISupervisionReasoning>(_ => throw new InvalidDataException("standard.json line 3: secret detail")));

        var (status, body) = await GetAsync(host, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("the knowledge base did not load (InvalidDataException)", (string?)body["checks"]!["knowledge"]!["description"]);
        Assert.DoesNotContain("secret detail", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BuildsTheReasoningEngineBeforeTheFirstRequest()
    {
        var built = 0;
        await using var host = await BotTestHost.StartAsync(new TestBot(), configure: services =>
            services.AddSingleton<ISupervisionReasoning>(_ =>
            {
                Interlocked.Increment(ref built);
                return OfflineReasoning.CreateDefault();
            }));

        Assert.Equal(1, built);
    }

    [Fact]
    public async Task Start_KnowledgeBaseFailsToLoad_StaysAliveAndLogsTheTypeOnly()
    {
        await using var host = await BotTestHost.StartAsync(new TestBot(), configure: services =>
            services.AddSingleton<ISupervisionReasoning>(_ => throw new InvalidDataException("standard.json line 3: secret detail")));

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Contains("did not load at start (InvalidDataException)", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("secret detail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readyz_ModelConfigured_ReportsItsClientWithoutCallingIt()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        await using var host = await BotTestHost.StartAsync(new TestBot(), new Dictionary<string, string?>
        {
            ["Model:Provider"] = "AzureOpenAI",
            ["Model:Endpoint"] = model.AzureResourceEndpoint.ToString(),
            ["Model:Deployment"] = "gpt-4o-mini",
            ["Model:ApiKey"] = "key-not-shown",
        });

        var (status, body) = await GetAsync(host, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("AzureOpenAI client for deployment gpt-4o-mini", (string?)body["checks"]!["model"]!["description"]);
        Assert.Empty(model.Requests);
        Assert.DoesNotContain("key-not-shown", body.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(BotTestHost host, string path)
    {
        var response = await host.Client.GetAsync(path);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
