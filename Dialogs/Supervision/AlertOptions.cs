namespace AllianceBot.Dialogs.Supervision;

/// <summary>Configuration section "Alerts": reminders for alerts a supervisor has not acknowledged.</summary>
public sealed record AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>How long an alert may stay unacknowledged before a reminder (and between reminders).</summary>
    public TimeSpan RemindAfter { get; init; } = TimeSpan.FromHours(4);

    /// <summary>Reminders per alert; after the last the alert stays open in "my practitioners" and the digest.</summary>
    public int MaxReminders { get; init; } = 3;
}
