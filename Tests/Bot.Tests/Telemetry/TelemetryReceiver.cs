using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Bot.Tests.Telemetry;

/// <summary>
/// A loopback stand-in for a telemetry back end (an OTLP/HTTP collector, Application Insights' ingestion
/// endpoint): records each POST's path and body (gunzipped when sent gzipped) and answers as they do.
/// </summary>
public sealed class TelemetryReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string Body)> _posts = new();

    private TelemetryReceiver(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<(string Path, string Body)> Posts => [.. _posts];

    public static async Task<TelemetryReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new TelemetryReceiver(app);
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var copy = new MemoryStream();
            await http.Request.Body.CopyToAsync(copy);
            var bytes = copy.ToArray();
            if (http.Request.Headers.ContentEncoding == "gzip")
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                await gzip.CopyToAsync(plain);
                bytes = plain.ToArray();
            }
            receiver._posts.Enqueue((http.Request.Path.Value ?? "", Encoding.UTF8.GetString(bytes)));
            // Application Insights' answer; an OTLP collector's empty 200 is accepted as well.
            return http.Request.Path.StartsWithSegments("/v2.1/track")
                ? Results.Json(new { itemsReceived = 1, itemsAccepted = 1, errors = Array.Empty<object>() })
                : Results.Ok();
        });
        await app.StartAsync();
        receiver.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
