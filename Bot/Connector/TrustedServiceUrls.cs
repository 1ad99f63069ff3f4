using System.Collections.Concurrent;

namespace AllianceBot.Bot.Connector;

/// <summary>
/// Service URLs the bot may send to: those vouched for by an authenticated request (or stored from
/// one), plus the configured default. Keeps a forged reference from turning the bot into a
/// token-carrying HTTP client for an arbitrary host.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string? serviceUrl)
    {
        if (Normalize(serviceUrl) is { } url)
        {
            _urls.TryAdd(url, 0);
        }
    }

    public bool IsTrusted(string? serviceUrl) => Normalize(serviceUrl) is { } url && _urls.ContainsKey(url);

    private static string? Normalize(string? serviceUrl)
        => Uri.TryCreate(serviceUrl?.Trim(), UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/') : null;
}
