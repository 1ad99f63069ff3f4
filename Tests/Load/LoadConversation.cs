using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace AllianceBot.Load;

/// <summary>
/// One simulated Teams user in a personal chat. Each send is one measured turn.
/// Completion rule: a turn is complete when the HTTP response has arrived AND at least one reply
/// to that activity has reached the sink. The bot posts a turn's replies before its turn task
/// completes (they are held until the state is saved, then flushed) and answers 200 after that;
/// the baseline posts before it answers. So at a 200 every reply is in. If the endpoint answers
/// 202 (the turn runs on in the background) the driver waits for a reply with inputHint
/// expectingInput, or <see cref="QuietPeriod"/> without a new reply. A reply that arrives for an
/// earlier turn is counted as a "late reply" error, which would show this rule to be wrong.
/// With a think time the user pauses before each message (paced phase); without one the
/// conversations send back to back (capacity phase).
/// Latency is request sent → last reply received at the sink.
/// </summary>
public sealed class LoadConversation(string id, int index, string serviceUrl, Uri endpoint, HttpClient http, ConversationInbox inbox, LoadStats stats,
    int thinkMs = 0)
{
    // Seeded per conversation: runs are repeatable and users do not pause in step.
    private readonly Random _random = new(index);
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);
    private int _sequence;

    public string Id { get; } = id;

    public int Index { get; } = index;

    /// <param name="step">The script step the turn's latency is reported under.</param>
    public Task<SinkReply[]> SayAsync(string text, CancellationToken stop, string step = "answer") => SendAsync("message", text, null, step, stop);

    /// <summary>An Adaptive Card Action.Submit as Teams delivers it: a message with the button's data as value and no text.</summary>
    public Task<SinkReply[]> SubmitAsync(string valueJson, CancellationToken stop) => SendAsync("message", null, valueJson, "card submit", stop);

    public Task<SinkReply[]> JoinAsync(CancellationToken stop) => SendAsync("conversationUpdate", null, null, "join", stop);

    private async Task<SinkReply[]> SendAsync(string type, string? text, string? valueJson, string step, CancellationToken stop)
    {
        if (thinkMs > 0)
        {
            // A person reads the reply and types: half to one and a half times the think time.
            await Task.Delay(thinkMs / 2 + _random.Next(thinkMs), stop).ConfigureAwait(false);
        }
        stop.ThrowIfCancellationRequested();
        var activityId = $"{Id}-{++_sequence}";
        var body = ActivityJson(type, activityId, text, valueJson);
        inbox.Begin(activityId);
        var sentAt = Stopwatch.GetTimestamp();
        int status;
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            using var response = await http.PostAsync(endpoint, content, CancellationToken.None).ConfigureAwait(false);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException ex)
        {
            stats.Error("http " + (ex.HttpRequestError.ToString()));
            throw new TurnFailedException("request failed");
        }
        catch (TaskCanceledException)
        {
            stats.Error("http timeout");
            throw new TurnFailedException("request timed out");
        }
        if (status is < 200 or >= 300)
        {
            stats.Error("status " + status, status);
            throw new TurnFailedException($"status {status}");
        }
        await WaitForRepliesAsync(status == 202).ConfigureAwait(false);
        var replies = inbox.Replies();
        if (replies.Length == 0)
        {
            stats.Error("no reply", status);
            throw new TurnFailedException("no reply");
        }
        stats.Turn(status, Stopwatch.GetElapsedTime(sentAt, replies[^1].ReceivedAt).TotalMilliseconds, step);
        return replies;
    }

    private async Task WaitForRepliesAsync(bool turnStillRunning)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(ReplyTimeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var (count, last) = inbox.Snapshot();
            if (count > 0 && (!turnStillRunning || last!.InputHint == "expectingInput"))
            {
                return;
            }
            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }
            var wait = count > 0 ? QuietPeriod : remaining;
            var next = inbox.NextAsync(count);
            if (await Task.WhenAny(next, Task.Delay(wait)).ConfigureAwait(false) != next && count > 0)
            {
                return;
            }
        }
    }

    private byte[] ActivityJson(string type, string activityId, string? text, string? valueJson)
    {
        using var stream = new MemoryStream(512);
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("id", activityId);
            w.WriteString("timestamp", DateTimeOffset.UtcNow);
            w.WriteString("channelId", "msteams");
            w.WriteString("serviceUrl", serviceUrl);
            w.WriteStartObject("from");
            w.WriteString("id", $"29:load-user-{Index}");
            w.WriteString("name", $"Load User {Index}");
            w.WriteString("aadObjectId", $"00000000-0000-0000-0000-{Index:D12}");
            w.WriteEndObject();
            w.WriteStartObject("recipient");
            w.WriteString("id", "28:alliancebot");
            w.WriteString("name", "AllianceBot");
            w.WriteEndObject();
            w.WriteStartObject("conversation");
            w.WriteString("id", Id);
            w.WriteString("conversationType", "personal");
            w.WriteString("tenantId", "load-tenant");
            w.WriteEndObject();
            w.WriteString("locale", "en-AU");
            if (text is not null)
            {
                w.WriteString("text", text);
                w.WriteString("textFormat", "plain");
            }
            if (valueJson is not null)
            {
                w.WritePropertyName("value");
                w.WriteRawValue(valueJson);
            }
            if (type == "conversationUpdate")
            {
                w.WriteStartArray("membersAdded");
                w.WriteStartObject();
                w.WriteString("id", $"29:load-user-{Index}");
                w.WriteEndObject();
                w.WriteEndArray();
            }
            w.WriteStartObject("channelData");
            w.WriteStartObject("tenant");
            w.WriteString("id", "load-tenant");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }
}

/// <summary>A turn that did not complete; the script starts over with its next round.</summary>
public sealed class TurnFailedException(string message) : Exception(message);
