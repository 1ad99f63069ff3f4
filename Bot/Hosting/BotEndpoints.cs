using System.Text.Json;
using AllianceBot.Dialogs.Turns;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllianceBot.Bot.Hosting;

public static class BotEndpoints
{
    /// <summary>The tag of the checks behind /readyz.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// /api/messages; /healthz: the process is alive (no check runs); /readyz: storage reachable,
    /// knowledge base and model loaded, 503 otherwise, with each check's state as JSON.
    /// </summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/messages", (HttpContext http, BotMessageEndpoint endpoint, IBot bot) => endpoint.HandleAsync(http, bot));
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteReportAsync });
        return app;
    }

    private static Task WriteReportAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status == HealthStatus.Healthy ? "ready" : "not ready",
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body), http.RequestAborted);
    }
}
