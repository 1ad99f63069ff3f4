using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Hosting;

public static class BotEndpoints
{
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/messages", (HttpContext http, BotMessageEndpoint endpoint) => endpoint.HandleAsync(http));
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", ReadyAsync);
        return app;
    }

    private static async Task<IResult> ReadyAsync(BotStores stores, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            if (await stores.State.PingAsync(timeout.Token).ConfigureAwait(false))
            {
                return Results.Text("ready");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            loggers.CreateLogger(typeof(BotEndpoints)).StorageNotReady(ex.GetType().Name);
        }
        return Results.Text("storage unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
