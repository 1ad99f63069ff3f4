using System.ComponentModel.DataAnnotations;

namespace AllianceBot.Bot.Hosting;

/// <summary>How the bot proves who it is (outbound) and whom it trusts (inbound).</summary>
public static class BotAppTypes
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}

/// <summary>
/// The Azure Bot registration, bound from the root keys that Azure Bot Service and the Teams
/// Toolkit use (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType).
/// </summary>
public sealed class BotIdentityOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public string MicrosoftAppType { get; set; } = BotAppTypes.MultiTenant;

    /// <summary>No app id: the bot runs anonymously and accepts loopback traffic only.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}

/// <summary>Protocol endpoints and limits; the defaults are Bot Framework's public cloud, tests override them.</summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    [Required, Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Entra metadata for single-tenant tokens; "{tenant}" is replaced by MicrosoftAppTenantId.</summary>
    [Required]
    public string TenantOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>Issuers accepted on Bot Framework tokens; empty means https://api.botframework.com.</summary>
    public List<string> ValidIssuers { get; set; } = [];

    /// <summary>Entra authority host for outbound tokens (ClientSecretCredential); null means the public cloud.</summary>
    public string? TokenAuthority { get; set; }

    [Required]
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Where 1:1 conversations are created when no reference is stored yet (Teams' global service URL).</summary>
    [Required, Url]
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>Shortest time between two forced refreshes of the signing keys (unknown kid).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How long the HTTP request waits for the turn before answering 202 and letting it finish in the
    /// background: Teams redelivers after about 15 s, and an LLM call can take longer.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:14")]
    public TimeSpan InlineTurnWait { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 10)]
    public int MaxSendAttempts { get; set; } = 4;

    /// <summary>Upper bound for one wait between retries, whatever Retry-After asks for.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
