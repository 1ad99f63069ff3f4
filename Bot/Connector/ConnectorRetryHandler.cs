using System.Net;
using AllianceBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Connector;

/// <summary>
/// Bounded retries for connector calls: 429 (Teams throttles per conversation), 5xx and transport
/// errors, waiting as long as Retry-After asks (capped) or with exponential backoff otherwise.
/// 4xx other than 429 are final: sending them again cannot help.
/// </summary>
public sealed class ConnectorRetryHandler(IOptions<BotFrameworkOptions> options, ILogger<ConnectorRetryHandler> logger, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            TimeSpan? asked = null;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode) || attempt >= settings.MaxSendAttempts)
                {
                    return response;
                }
                asked = RetryAfter(response, time.GetUtcNow());
                logger.ConnectorRetrying(request.Method.Method, (int)response.StatusCode, attempt);
                response.Dispose();
            }
            catch (HttpRequestException ex) when (attempt < settings.MaxSendAttempts)
            {
                logger.ConnectorTransportRetrying(request.Method.Method, ex.GetType().Name, attempt);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested && attempt < settings.MaxSendAttempts)
            {
                // HttpClient's own timeout, not the caller giving up.
                logger.ConnectorTransportRetrying(request.Method.Method, "Timeout", attempt);
            }
            var backoff = settings.RetryBaseDelay * Math.Pow(2, attempt - 1);
            var delay = asked ?? backoff;
            if (delay > settings.MaxRetryDelay)
            {
                delay = settings.MaxRetryDelay;
            }
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    internal static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
