using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Signed, short-lived links to a supervisor's full digest page. The link names the supervisor, the
/// period and when it stops working, and carries an HMAC-SHA256 of those three under the bot's key:
/// it cannot be made for another supervisor or period, or kept working past its time, without the key.
/// Why a signed link rather than Teams sign-in: it opens in one tap on desktop, web and phone without a
/// second Entra app registration, redirect URIs or consent, and it works where the bot has no Entra
/// identity (a local run, the Agents Playground). What it gives up: anyone holding the link can read
/// the page until it expires, so links last <see cref="DigestOptions.LinkLifetime"/> (a day by default)
/// and live only in the supervisor's 1:1 chat; "digest" gives a fresh one.
/// </summary>
public sealed class DigestLinks
{
    public const string PagePath = "/digest";
    private const int MinKeyBytes = 32;

    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly Func<string?> _baseUrl;

    /// <param name="key">The signing key; null or empty draws a random one for this process.</param>
    /// <param name="baseUrl">The bot's public address when a link is made; null leaves links out of the cards.</param>
    public DigestLinks(byte[]? key, TimeProvider time, TimeSpan lifetime, Func<string?> baseUrl)
    {
        if (key is { Length: > 0 and < MinKeyBytes })
        {
            throw new ArgumentException($"The digest link key must be at least {MinKeyBytes} bytes.", nameof(key));
        }
        _key = key is { Length: > 0 } ? key : RandomNumberGenerator.GetBytes(MinKeyBytes);
        (_time, _lifetime, _baseUrl) = (time, lifetime, baseUrl);
    }

    /// <summary>The page link for this supervisor and period, or null when the bot's address is not known.</summary>
    public string? Create(string supervisorId, DigestPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (_baseUrl()?.TrimEnd('/') is not { Length: > 0 } root)
        {
            return null;
        }
        var expires = (_time.GetUtcNow() + _lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{root}{PagePath}?s={Uri.EscapeDataString(supervisorId)}&p={period.Key}&e={expires}&sig={Sign(supervisorId, period.Key, expires)}";
    }

    /// <summary>The supervisor and period a link was made for; null when it is not genuine or has expired.</summary>
    public DigestLinkTicket? Verify(string? supervisorId, string? periodKey, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(supervisorId) || signature is null || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || !DigestPeriod.TryParseKey(periodKey, out var period))
        {
            return null;
        }
        var expected = Encoding.ASCII.GetBytes(Sign(supervisorId, periodKey!, expires!));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return null;
        }
        var until = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        return new DigestLinkTicket(supervisorId, period, until, Expired: _time.GetUtcNow() >= until);
    }

    private string Sign(string supervisorId, string periodKey, string expires)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"digest-link-v1\n{supervisorId}\n{periodKey}\n{expires}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

/// <summary>A genuine link: whose digest, which period, until when (and whether that has passed).</summary>
public sealed record DigestLinkTicket(string SupervisorId, DigestPeriod Period, DateTimeOffset Until, bool Expired);
