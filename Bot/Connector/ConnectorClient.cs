using ActivityKind = System.Diagnostics.ActivityKind;
using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Telemetry;

namespace AllianceBot.Bot.Connector;

/// <summary>
/// The Bot Connector REST routes the bot uses (v3). A typed HttpClient: retries and the outbound
/// token are DelegatingHandlers, so this class only builds routes. Every id is escaped because
/// Teams conversation ids contain ';', ':' and sometimes '/'.
/// </summary>
public sealed class ConnectorClient(HttpClient httpClient)
{
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>("reply", HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, NoId, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>("send", HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, NoId, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>("update", HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, NoId, cancellationToken);

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Route(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}"));
        using var response = await ObservedSendAsync("delete", request, cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
        => SendAsync<ConversationResourceResponse>("create conversation", HttpMethod.Post, serviceUrl, "v3/conversations", parameters, () => new ConversationResourceResponse(), cancellationToken);

    private static ResourceResponse NoId() => new(null);

    /// <summary>serviceUrl with exactly one trailing slash, so relative routes append instead of replacing its last segment.</summary>
    internal static Uri Route(string serviceUrl, string relative)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        if (!Uri.TryCreate(serviceUrl.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The service URL is not an absolute http(s) URL.", nameof(serviceUrl));
        }
        return new Uri(baseUri, relative);
    }

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    private async Task<T> SendAsync<T>(string operation, HttpMethod method, string serviceUrl, string relative, object body, Func<T> empty, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Route(serviceUrl, relative))
        {
            // Buffered (not streamed) content, so the retry handler can send it again.
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options)),
        };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        using var response = await ObservedSendAsync(operation, request, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return empty();
        }
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, BotJson.Options) ?? empty();
        }
        catch (JsonException)
        {
            // Some channels answer 2xx with a non-JSON body; the send itself succeeded.
            return empty();
        }
    }

    /// <summary>
    /// One span a send (retries included, since they are handlers inside this call), named by the
    /// operation and carrying the final status; not the URL, which holds the conversation id.
    /// </summary>
    private async Task<HttpResponseMessage> ObservedSendAsync(string operation, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var span = BotTracing.Source.StartActivity("connector " + operation, ActivityKind.Client);
        span?.SetTag("alliancebot.connector.operation", operation);
        HttpResponseMessage? response = null;
        try
        {
            response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            span?.SetTag("http.response.status_code", (int)response.StatusCode);
            await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (Exception ex)
        {
            response?.Dispose();
            span.Failed(ex);
            throw;
        }
    }

    private static Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        return response.IsSuccessStatusCode
            ? Task.CompletedTask
            : throw new ConnectorException(response.StatusCode, response.RequestMessage?.Method.Method ?? "?");
    }
}

/// <summary>The connector refused a call (after retries). Carries the status, never the body (it may echo user text).</summary>
public sealed class ConnectorException(System.Net.HttpStatusCode status, string method)
    : Exception($"The Bot Connector answered {(int)status} to {method}.")
{
    public System.Net.HttpStatusCode Status { get; } = status;
}
