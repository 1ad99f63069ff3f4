using System.Collections;
using System.Text;
using System.Text.Json;
using AllianceBot.Bot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AllianceBot.Bot.Auth;

/// <summary>
/// Validates the JWT that the Bot Connector service (or, for single-tenant bots, Entra ID) puts on
/// each inbound request, as the Bot Framework authentication spec describes: issuer, audience = app
/// id, lifetime (5 minutes of skew), RS256 signature by a published key, the key endorsed for the
/// activity's channel, and the serviceurl claim equal to the activity's serviceUrl.
/// </summary>
public sealed class BotTokenValidator
{
    private const string BotFrameworkIssuer = "https://api.botframework.com";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly BotIdentityOptions _identity;
    private readonly IssuerSource _botFramework;
    private readonly IssuerSource? _tenant;

    public BotTokenValidator(IOptions<BotIdentityOptions> identity, IOptions<BotFrameworkOptions> framework, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _identity = identity.Value;
        var options = framework.Value;
        var http = httpClientFactory.CreateClient(nameof(BotTokenValidator));
        string[] issuers = options.ValidIssuers.Count > 0 ? [.. options.ValidIssuers] : [BotFrameworkIssuer];
        _botFramework = new IssuerSource(CreateManager(options.OpenIdMetadataUrl, options, http), issuers, RequiresEndorsement: true);

        var tenant = _identity.MicrosoftAppTenantId;
        if (string.Equals(_identity.MicrosoftAppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(tenant))
        {
            var url = options.TenantOpenIdMetadataUrl.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);
            _tenant = new IssuerSource(CreateManager(url, options, http),
                [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"], RequiresEndorsement: false);
        }
    }

    /// <summary>
    /// A malformed token (bad base64, bad JSON, wrong shape, an odd header) is a plain failure, never an
    /// exception: the caller answers 401 and logs one warning with the reason, no stack trace.
    /// </summary>
    public async Task<BotAuthenticationResult> ValidateAsync(string token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        try
        {
            return await ValidateCoreAsync(token, channelId, serviceUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or JsonException or SecurityTokenException
            or OverflowException or DecoderFallbackException or NotSupportedException)
        {
            return BotAuthenticationResult.Fail("malformed token (" + ex.GetType().Name + ")");
        }
    }

    private async Task<BotAuthenticationResult> ValidateCoreAsync(string token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || !_handler.CanReadToken(token))
        {
            return BotAuthenticationResult.Fail("unreadable token");
        }
        var jwt = _handler.ReadJsonWebToken(token);
        if (jwt.Alg != SecurityAlgorithms.RsaSha256)
        {
            return BotAuthenticationResult.Fail("algorithm not allowed");
        }
        var source = _botFramework.Issuers.Contains(jwt.Issuer, StringComparer.Ordinal) ? _botFramework
            : _tenant is not null && _tenant.Issuers.Contains(jwt.Issuer, StringComparer.Ordinal) ? _tenant
            : null;
        if (source is null)
        {
            return BotAuthenticationResult.Fail("issuer not trusted");
        }

        var key = await FindKeyAsync(source.Manager, jwt.Kid, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return BotAuthenticationResult.Fail("signing key not published");
        }
        // A key endorsed for one channel must not vouch for activities claiming to come from another.
        if (source.RequiresEndorsement && (string.IsNullOrEmpty(channelId) || !Endorsements(key).Contains(channelId, StringComparer.OrdinalIgnoreCase)))
        {
            return BotAuthenticationResult.Fail("signing key not endorsed for the channel");
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = source.Issuers,
            ValidAudience = _identity.MicrosoftAppId,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = ClockSkew,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return BotAuthenticationResult.Fail(result.Exception?.GetType().Name ?? "invalid token");
        }

        // The token vouches for one service URL; replies must not be steered to another.
        var claimed = result.Claims.TryGetValue("serviceurl", out var value) ? value as string : null;
        if (claimed is null || serviceUrl is null || !string.Equals(claimed.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Fail("serviceurl claim does not match the activity");
        }
        return BotAuthenticationResult.Success(anonymous: false);
    }

    private static async Task<JsonWebKey?> FindKeyAsync(ConfigurationManager<OpenIdConnectConfiguration> manager, string? kid, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(kid))
        {
            return null;
        }
        var config = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        if (Find(config, kid) is { } key)
        {
            return key;
        }
        // Keys roll over: an unknown kid asks for fresh metadata (rate-limited by RefreshInterval).
        // The manager may refresh in the background, so look again a few times.
        manager.RequestRefresh();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            config = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            if (Find(config, kid) is { } refreshed)
            {
                return refreshed;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }
        return null;
    }

    private static JsonWebKey? Find(OpenIdConnectConfiguration config, string kid)
        => config.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));

    /// <summary>The "endorsements" of a Bot Framework key (channel ids); JsonWebKey keeps it in AdditionalData.</summary>
    internal static IReadOnlyList<string> Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null)
        {
            return [];
        }
        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            string single => [single],
            IEnumerable items => [.. items.Cast<object?>().Select(i => i is JsonElement e && e.ValueKind == JsonValueKind.String ? e.GetString() : i as string).OfType<string>()],
            _ => [],
        };
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateManager(string url, BotFrameworkOptions options, HttpClient http)
    {
        // Plain http is only acceptable for a metadata server on this machine (tests).
        var requireHttps = !BotRequestAuthenticator.IsLoopbackUrl(url);
        return new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(http) { RequireHttps = requireHttps })
        {
            RefreshInterval = options.KeyRefreshInterval,
        };
    }

    private sealed record IssuerSource(ConfigurationManager<OpenIdConnectConfiguration> Manager, string[] Issuers, bool RequiresEndorsement);
}
