using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>Configuration section "Digest".</summary>
public sealed record DigestOptions
{
    public const string Section = "Digest";

    public bool Enabled { get; init; } = true;
    public DigestPeriodKind Period { get; init; } = DigestPeriodKind.Week;
    /// <summary>Delivery day for weekly digests (ignored for daily ones).</summary>
    public DayOfWeek DayOfWeek { get; init; } = DayOfWeek.Friday;
    /// <summary>Local delivery time in the supervisor's time zone.</summary>
    public TimeSpan TimeOfDay { get; init; } = new(16, 0, 0);
    /// <summary>IANA id used when the roster gives a supervisor no time zone.</summary>
    public string TimeZone { get; init; } = "UTC";
    /// <summary>How long a claimed send is reserved for one instance before another may take it over.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>A digest whose delivery time passed longer ago than this (bot down for days) is not sent late.</summary>
    public TimeSpan CatchUp { get; init; } = TimeSpan.FromDays(1);
    public TimeSpan Tick { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>A practitioner with no debrief for this many days is named in the digest and in "my practitioners".</summary>
    public int QuietDays { get; init; } = 14;

    /// <summary>
    /// The bot's public address, for links to the full digest page (https://alliancebot.example.org).
    /// Empty: the address the bot listens on, which is right for a local run only.
    /// </summary>
    public string? PageBaseUrl { get; init; }

    /// <summary>How long a link to the full digest works after the digest card is sent.</summary>
    public TimeSpan LinkLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The key that signs full-digest links (base64, at least 32 bytes), a secret: from Key Vault or an
    /// app setting, never from the repository. Empty: a random key per process, so links stop working at
    /// a restart and on another instance.
    /// </summary>
    public string? LinkKey { get; init; }
}
