using System.Buffers;
using System.Text.Json;
using AllianceBot.Bot.Adapter;
using AllianceBot.Bot.Auth;
using AllianceBot.Bot.Connector;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Hosting;

/// <summary>POST /api/messages: read, check, authenticate, run the turn, answer.</summary>
public sealed class BotMessageEndpoint(
    CloudAdapter adapter,
    IBot bot,
    BotRequestAuthenticator authenticator,
    TrustedServiceUrls trusted,
    BackgroundTurns turns,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotMessageEndpoint> logger)
{
    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Event, ActivityTypes.MessageReaction, ActivityTypes.EndOfConversation, ActivityTypes.Typing,
    };

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var settings = options.Value;
        var body = await ReadBodyAsync(http.Request, settings.MaxRequestBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            logger.RequestRejected(StatusCodes.Status413PayloadTooLarge, "body too large");
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The activity is too large.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException)
        {
            logger.RequestRejected(StatusCodes.Status400BadRequest, "malformed JSON");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a valid activity (malformed JSON).");
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            logger.RequestRejected(StatusCodes.Status400BadRequest, "no type");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The activity has no type.");
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            logger.RequestRejected(StatusCodes.Status400BadRequest, "no conversation id");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The activity has no conversation id.");
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null,
            http.Connection.RemoteIpAddress, activity, http.RequestAborted).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            logger.Unauthorized(auth.Reason ?? "?", activity.ChannelId ?? "?");
            return Results.Unauthorized();
        }
        trusted.Add(activity.ServiceUrl);

        if (!KnownTypes.Contains(activity.Type))
        {
            logger.UnknownActivityType(activity.Type);
            return Results.Ok();
        }

        var turn = turns.Start(ct => adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, ct));
        if (activity.Type == ActivityTypes.Invoke)
        {
            var result = await turn.ConfigureAwait(false);
            return result.InvokeResponse is { } response
                ? Results.Json(response.Body, BotJson.Options, statusCode: response.Status)
                : Results.StatusCode(result.Outcome == TurnOutcome.Duplicate ? StatusCodes.Status200OK : StatusCodes.Status501NotImplemented);
        }
        // Teams redelivers when it has no answer within about 15 s: acknowledge and let slow turns finish behind.
        var finished = await Task.WhenAny(turn, Task.Delay(settings.InlineTurnWait, http.RequestAborted)).ConfigureAwait(false);
        return finished == turn ? Results.Ok() : Results.Accepted();
    }

    /// <returns>The body, or null when it exceeds <paramref name="limit"/>.</returns>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        var buffer = new ArrayBufferWriter<byte>(Math.Min(limit, 16 * 1024));
        while (true)
        {
            var memory = buffer.GetMemory(8 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
