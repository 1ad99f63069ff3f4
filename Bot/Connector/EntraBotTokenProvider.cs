using AllianceBot.Bot.Hosting;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Connector;

/// <summary>
/// Outbound tokens from Entra ID for https://api.botframework.com/.default: a client secret
/// (multi- or single-tenant) or a user-assigned managed identity. The token is reused until five
/// minutes before it expires, and one refresh at a time goes to Entra.
/// </summary>
public sealed class EntraBotTokenProvider : IBotTokenProvider
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential? _credential;
    private readonly TokenRequestContext _request;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    public EntraBotTokenProvider(IOptions<BotIdentityOptions> identity, IOptions<BotFrameworkOptions> framework, TimeProvider time)
        : this(CreateCredential(identity.Value, framework.Value), framework.Value.TokenScope, time)
    {
    }

    internal EntraBotTokenProvider(TokenCredential? credential, string scope, TimeProvider time)
    {
        _credential = credential;
        _request = new TokenRequestContext([scope]);
        _time = time;
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential is null)
        {
            return null;
        }
        if (Fresh(_cached) is { } token)
        {
            return token;
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(_cached) is { } again)
            {
                return again;
            }
            var fetched = await _credential.GetTokenAsync(_request, cancellationToken).ConfigureAwait(false);
            _cached = fetched;
            return fetched.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Fresh(AccessToken? token)
        => token is { } t && t.ExpiresOn - RefreshMargin > _time.GetUtcNow() ? t.Token : null;

    private static TokenCredential? CreateCredential(BotIdentityOptions identity, BotFrameworkOptions framework)
    {
        if (identity.IsAnonymous)
        {
            return null;
        }
        if (string.Equals(identity.MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(identity.MicrosoftAppId!));
        }
        // Multi-tenant registrations get their tokens from the botframework.com tenant.
        var tenant = string.IsNullOrWhiteSpace(identity.MicrosoftAppTenantId) ? "botframework.com" : identity.MicrosoftAppTenantId;
        var options = new ClientSecretCredentialOptions();
        if (!string.IsNullOrWhiteSpace(framework.TokenAuthority))
        {
            options.AuthorityHost = new Uri(framework.TokenAuthority);
        }
        return new ClientSecretCredential(tenant, identity.MicrosoftAppId, identity.MicrosoftAppPassword, options);
    }
}
