using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Load;

/// <summary>
/// The bare baseline: the least a bot endpoint can do. It parses the activity, posts one reply to
/// {serviceUrl}/v3/conversations/{id}/activities/{activityId} with a pooled HttpClient, then
/// answers 200. Runs as its own process (the Load dll with "baseline-server"), like the bot.
/// </summary>
public static class BaselineServer
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxConnectionsPerServer = int.MaxValue,
    });

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapPost("/api/messages", HandleAsync);
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task HandleAsync(HttpContext http)
    {
        using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
        var activity = document.RootElement;
        var serviceUrl = activity.GetProperty("serviceUrl").GetString()!;
        var conversationId = activity.GetProperty("conversation").GetProperty("id").GetString()!;
        var activityId = activity.GetProperty("id").GetString()!;
        var reply = "{\"type\":\"message\",\"replyToId\":" + JsonSerializer.Serialize(activityId)
            + ",\"text\":\"ok\",\"inputHint\":\"expectingInput\"}";
        var url = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        using var content = new StringContent(reply, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(url, content, http.RequestAborted).ConfigureAwait(false);
        http.Response.StatusCode = response.StatusCode == HttpStatusCode.OK ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway;
    }
}
