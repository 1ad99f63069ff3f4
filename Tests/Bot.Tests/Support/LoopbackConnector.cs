using System.Collections.Concurrent;
using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Bot.Tests.Support;

/// <summary>One request as the fake Bot Connector saw it (RawTarget keeps the escaping).</summary>
public sealed record ConnectorRequest(string Method, string RawTarget, string? Authorization, string Body, int Status)
{
    public Activity? Activity => Body.Length > 0 && Body.TrimStart().StartsWith('{') ? JsonSerializer.Deserialize<Activity>(Body, BotJson.Options) : null;
}

/// <summary>
/// A Bot Connector service on a free loopback port: records every call and answers from a script
/// (e.g. 429 with Retry-After, then 503, then 200) before answering 200 by default.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();
    private int _ids;

    private LoopbackConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities; it has a path, as Teams' regional ones do.</summary>
    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<ConnectorRequest> Requests => [.. _requests];

    /// <summary>The activities the connector accepted (2xx), in arrival order.</summary>
    public IReadOnlyList<Activity> Delivered => [.. _requests.Where(r => r.Status is >= 200 and < 300 && r.Activity is { Type: not null }).Select(r => r.Activity!)];

    public IReadOnlyList<Activity> DeliveredMessages => [.. Delivered.Where(a => a.Type == ActivityTypes.Message)];

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/amer/";
        return connector;
    }

    public void Script(int status, string? retryAfter = null) => _script.Enqueue((status, retryAfter));

    public async Task<IReadOnlyList<Activity>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DeliveredMessages.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        var messages = DeliveredMessages;
        Assert.True(messages.Count >= count, $"Expected {count} messages at the connector, got {messages.Count}: {string.Join(" | ", messages.Select(m => m.Text))}");
        return messages;
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "";
        var (status, retryAfter) = _script.TryDequeue(out var scripted) ? scripted : (200, null);
        _requests.Enqueue(new ConnectorRequest(http.Request.Method, raw, http.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, body, status));
        http.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            http.Response.Headers.RetryAfter = retryAfter;
        }
        if (status is >= 200 and < 300)
        {
            var id = Interlocked.Increment(ref _ids);
            var isCreate = http.Request.Method == "POST" && raw.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal);
            object response = isCreate ? new { id = $"a:created-{id}", activityId = $"act-{id}" } : new { id = $"act-{id}" };
            await http.Response.WriteAsJsonAsync(response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
