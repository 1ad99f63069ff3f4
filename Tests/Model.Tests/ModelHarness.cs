using AllianceBot.Bot.Model;
using AllianceBot.Prompts.Enrichment;
using AllianceBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Model.Tests;

/// <summary>The real registration and the real OpenAI client, pointed at a fake server on loopback.</summary>
internal sealed class ModelHarness : IAsyncDisposable
{
    public const string ApiKey = "test-key-0123456789";

    private readonly ServiceProvider _services;

    private ModelHarness(FakeOpenAiServer server, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Server = server;
        _services = services;
        Logs = logs;
    }

    public FakeOpenAiServer Server { get; }

    public CapturingLoggerProvider Logs { get; }

    public IDebriefEnricher Enricher => _services.GetRequiredService<IDebriefEnricher>();

    public IQuestionAnswerEnricher Answerer => _services.GetRequiredService<IQuestionAnswerEnricher>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <param name="provider">AzureOpenAI: AzureOpenAIClient on the resource root; OpenAI: OpenAIClient on /v1/.</param>
    public static async Task<ModelHarness> StartAsync(
        ModelProvider provider, IDictionary<string, string?>? settings = null)
    {
        var server = await FakeOpenAiServer.StartAsync();
        var config = new Dictionary<string, string?>
        {
            ["Model:Provider"] = provider.ToString(),
            ["Model:Endpoint"] = (provider == ModelProvider.AzureOpenAI ? server.AzureResourceEndpoint : server.V1Endpoint).ToString(),
            ["Model:Deployment"] = "gpt-4o-mini",
            ["Model:ApiKey"] = ApiKey,
            ["Model:TimeoutSeconds"] = "5",
            ["Model:MaxRetries"] = "2",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            config[k] = v;
        }
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddModel(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        return new ModelHarness(server, services.BuildServiceProvider(), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
