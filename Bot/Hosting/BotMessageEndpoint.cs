using System.Buffers;
using System.Text.Json;
using AllianceBot.Bot.Adapter;
using AllianceBot.Bot.Auth;
using AllianceBot.Bot.Connector;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Hosting;

/// <summary>POST /api/messages: read, check, authenticate, run the turn, answer.</summary>
public sealed class BotMessageEndpoint(
    CloudAdapter adapter,
    BotRequestAuthenticator authenticator,
    TrustedServiceUrls trusted,
    BackgroundTurns turns,
    TurnObserver observer,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotMessageEndpoint> logger)
{
    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Event, ActivityTypes.MessageReaction, ActivityTypes.EndOfConversation, ActivityTypes.Typing,
    };

    /// <param name="bot">Resolved per request, so the bot may be registered with any lifetime (singleton is best: turns can outlive the request).</param>
    public async Task<IResult> HandleAsync(HttpContext http, IBot bot)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(bot);
        var settings = options.Value;
        var (body, length) = await ReadBodyAsync(http.Request, settings.MaxRequestBytes, http.RequestAborted).ConfigureAwait(false);
        Activity? activity;
        try
        {
            if (length < 0)
            {
                logger.RequestRejected(StatusCodes.Status413PayloadTooLarge, "body too large");
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The activity is too large.");
            }
            activity = JsonSerializer.Deserialize<Activity>(body.AsSpan(0, length), BotJson.Options);
        }
        catch (JsonException)
        {
            logger.RequestRejected(StatusCodes.Status400BadRequest, "malformed JSON");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a valid activity (malformed JSON).");
        }
        finally
        {
            // The activity holds no reference into the buffer (strings and JsonElements are copies).
            ArrayPool<byte>.Shared.Return(body);
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
        // Two people must never share an identity: an activity that names no usable sender is refused here.
        if (!UserIdentity.IsUsableId(activity.From?.Id))
        {
            logger.RequestRejected(StatusCodes.Status400BadRequest, "no usable from.id");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The activity has no usable sender id (from.id).");
        }
        // Without a channel id, or with a conversation id too long for a storage key, the turn could
        // only fail later in the background (found by the bad-input sweep): refuse it here instead.
        if (string.IsNullOrWhiteSpace(activity.ChannelId) || !StorageKey.IsSafe(ConversationState.KeyFor(activity.ChannelId, activity.Conversation.Id)))
        {
            logger.RequestRejected(StatusCodes.Status400BadRequest, "no channel id or unusable conversation id");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The activity has no channel id or an unusable conversation id.");
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null,
            http.Connection.RemoteIpAddress, activity, http.RequestAborted).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            logger.Unauthorized(auth.Reason ?? "?", Short(activity.ChannelId));
            return Results.Unauthorized();
        }
        trusted.Add(activity.ServiceUrl);

        if (!KnownTypes.Contains(activity.Type))
        {
            logger.UnknownActivityType(Short(activity.Type));
            return Results.Ok();
        }

        var turn = turns.Start(ct => observer.RunAsync(activity, c => adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, c), ct));
        if (activity.Type == ActivityTypes.Invoke)
        {
            var result = await turn.ConfigureAwait(false);
            return result.InvokeResponse switch
            {
                { Body: null } empty => Results.StatusCode(empty.Status),
                { } response => Results.Json(response.Body, BotJson.Options, statusCode: response.Status),
                null => Results.StatusCode(result.Outcome == TurnOutcome.Duplicate ? StatusCodes.Status200OK : StatusCodes.Status501NotImplemented),
            };
        }
        // Teams redelivers when it has no answer within about 15 s: acknowledge and let slow turns finish behind.
        // WaitAsync drops its timer as soon as the turn ends; a Task.Delay would stay pending per request.
        try
        {
            await turn.WaitAsync(settings.InlineTurnWait, http.RequestAborted).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Results.Accepted();
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return Results.Accepted();
        }
        catch (Exception) when (turn.IsCompleted)
        {
            // The turn's own failure: answered below from its state.
        }
        // Only an error handler that failed itself gets here: the user was not told, so the channel should know.
        return turn.IsCompletedSuccessfully ? Results.Ok() : Results.StatusCode(StatusCodes.Status500InternalServerError);
    }

    /// <summary>Caller-supplied strings go into the log only briefly and on one line.</summary>
    private static string Short(string? value)
        => value is null ? "?" : new string([.. value.Take(40).Select(c => char.IsControl(c) ? '_' : c)]);

    /// <returns>
    /// The body in a buffer rented from the shared pool (the caller returns it) and its length, or a
    /// length of -1 when it exceeds <paramref name="limit"/>. Pooled because a fresh buffer per
    /// request was the largest allocation of a turn.
    /// </returns>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (ArrayPool<byte>.Shared.Rent(0), -1);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } declared ? (int)declared + 1 : 8 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
                }
                length += read;
                if (length > limit)
                {
                    return (buffer, -1);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
