using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Load;

/// <summary>
/// Plays the Bot Connector service on loopback: accepts POST .../v3/conversations/{id}/activities[/{replyToId}],
/// answers 200 {"id": "..."} like the channel, stamps each reply and hands it to its conversation's inbox.
/// </summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConversationInbox> _inboxes = new(StringComparer.Ordinal);
    private long _ids;
    private long _unknown;
    private long _bad;

    private ConnectorSink(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public long Received => Interlocked.Read(ref _ids);

    /// <summary>Replies for conversations the driver does not know, or that could not be parsed.</summary>
    public long Unrouted => Interlocked.Read(ref _unknown) + Interlocked.Read(ref _bad);

    public static async Task<ConnectorSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new ConnectorSink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", sink.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sink.ServiceUrl = address.TrimEnd('/') + "/";
        return sink;
    }

    public ConversationInbox Register(string conversationId) => _inboxes.GetOrAdd(conversationId, _ => new ConversationInbox());

    public int LateReplies => _inboxes.Values.Sum(i => i.LateReplies);

    private async Task HandleAsync(HttpContext http, string conversationId, string? replyToId)
    {
        var receivedAt = Stopwatch.GetTimestamp();
        SinkReply? reply = null;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            reply = Read(document.RootElement, receivedAt, replyToId);
        }
        catch (JsonException)
        {
            Interlocked.Increment(ref _bad);
        }
        var id = Interlocked.Increment(ref _ids);
        // Route values arrive unescaped; Teams-style ids with ':' and ';' match the driver's ids.
        if (reply is not null)
        {
            if (_inboxes.TryGetValue(conversationId, out var inbox))
            {
                inbox.Add(reply);
            }
            else
            {
                Interlocked.Increment(ref _unknown);
            }
        }
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync("{\"id\":\"r-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}").ConfigureAwait(false);
    }

    private static SinkReply Read(JsonElement activity, long receivedAt, string? replyToId)
    {
        var buttons = new List<CardButton>();
        var hasCard = false;
        if (activity.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                if (attachment.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object)
                {
                    hasCard = true;
                    CardButtons.Collect(content, buttons);
                }
            }
        }
        return new SinkReply(receivedAt, replyToId ?? String(activity, "replyToId"), String(activity, "type"), String(activity, "text"),
            String(activity, "inputHint"), [.. buttons], hasCard);
    }

    private static string? String(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
