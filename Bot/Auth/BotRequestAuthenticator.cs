using System.Net;
using AllianceBot.Bot.Hosting;
using AllianceBot.Dialogs.Schema;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Auth;

/// <summary>
/// Decides whether an inbound activity may reach the bot. With an app id every request must carry a
/// valid Bot Framework JWT; without one (local use with the Playground or the Emulator) only
/// loopback callers with loopback service URLs are accepted. There is no "auth disabled" switch.
/// </summary>
public sealed class BotRequestAuthenticator(IOptions<BotIdentityOptions> identity, BotTokenValidator validator)
{
    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, IPAddress? remoteAddress, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (identity.Value.IsAnonymous)
        {
            if (remoteAddress is null || !IPAddress.IsLoopback(remoteAddress))
            {
                return BotAuthenticationResult.Fail("anonymous mode accepts loopback callers only");
            }
            // Replies go to the serviceUrl; unauthenticated traffic must not point the bot elsewhere.
            return IsLoopbackUrl(activity.ServiceUrl)
                ? BotAuthenticationResult.Success(anonymous: true)
                : BotAuthenticationResult.Fail("anonymous mode accepts loopback service URLs only");
        }

        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Fail("no bearer token");
        }
        var token = authorizationHeader[scheme.Length..].Trim();
        return await validator.ValidateAsync(token, activity.ChannelId, activity.ServiceUrl, cancellationToken).ConfigureAwait(false);
    }

    internal static bool IsLoopbackUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }
        return uri.IsLoopback;
    }
}
