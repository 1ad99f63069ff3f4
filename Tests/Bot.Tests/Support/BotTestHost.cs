using System.Net.Http.Json;
using AllianceBot.Bot.Digests;
using AllianceBot.Bot.Hosting;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Bot.Tests.Support;

/// <summary>The real bot host (Kestrel, the real endpoint and adapter) on a free loopback port, with a test IBot and in-memory stores.</summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private BotTestHost(WebApplication app, string baseAddress, ListLoggerProvider logs)
    {
        App = app;
        Logs = logs;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = new Uri(baseAddress) };
    }

    public WebApplication App { get; }
    public IServiceProvider Services => App.Services;
    public HttpClient Client { get; }
    public string BaseAddress { get; }
    public ListLoggerProvider Logs { get; }
    public string MessagesUrl => BaseAddress.TrimEnd('/') + "/api/messages";

    /// <param name="bot">The bot to run; null runs the <see cref="EchoBot"/>.</param>
    /// <param name="realBot">Run the product's own bot (debrief, questions, commands) instead.</param>
    /// <param name="digests">Add the supervisor features (roster, digests, alerts) and the full digest page.</param>
    public static async Task<BotTestHost> StartAsync(IBot? bot, IDictionary<string, string?>? config = null,
        BotStores? stores = null, Action<IServiceCollection>? configure = null, bool realBot = false, bool digests = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var settings = new Dictionary<string, string?>
        {
            ["BotFramework:RetryBaseDelay"] = "00:00:00.010",
            ["BotFramework:InlineTurnWait"] = "00:00:10",
        };
        foreach (var (key, value) in config ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new ListLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        if (bot is not null)
        {
            builder.Services.AddSingleton(bot);
        }
        else if (!realBot)
        {
            builder.Services.AddSingleton<IBot, EchoBot>();
        }
        builder.Services.AddAllianceBot(builder.Configuration);
        if (digests)
        {
            builder.Services.AddDigests(builder.Configuration);
        }
        // Registered after AddAllianceBot: the last registration wins, whatever backend AddStorage chose.
        builder.Services.AddSingleton(stores ?? new BotStores(new MemoryStorage(), new MemoryStorage()));
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapBotEndpoints();
        if (digests)
        {
            app.MapDigestPage();
        }
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotTestHost(app, address, logs);
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity, options: BotJson.Options) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
