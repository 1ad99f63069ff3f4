using AllianceBot.Dialogs.Debrief;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Something a supervisor was told at once and should acknowledge: a violation in a confirmed debrief,
/// imminent risk reported (in a debrief or a chat), a draft discarded (or left to expire) after a violation
/// or a crisis was disclosed, or a request to delete a record that must stay.
/// Kept until acknowledged (or decided); unacknowledged ones are reminded.
/// </summary>
public sealed record SupervisorAlert
{
    public required string AlertId { get; init; }
    public required AlertKind Kind { get; init; }
    public required string SupervisorId { get; init; }
    public required string PractitionerId { get; init; }
    public required string PractitionerName { get; init; }
    /// <summary>The debrief it is about; null for a crisis reported in a chat outside a debrief.</summary>
    public string? DebriefId { get; init; }
    public DateOnly? Date { get; init; }
    public string? ClientCode { get; init; }
    /// <summary>The record's archive key, for Review; null when there is no record (a discarded draft).</summary>
    public string? ArchivePath { get; init; }
    /// <summary>The violations, with their masked evidence; never anything of a crisis but its time.</summary>
    public required IReadOnlyList<DisclosedFinding> Findings { get; init; }
    /// <summary>
    /// True when imminent risk was reported in what the alert is about (and the safety steps were shown).
    /// A <see cref="AlertKind.Crisis"/> alert is sent the moment it is reported, so its <see cref="SentAt"/> is that time.
    /// </summary>
    public bool CrisisReported { get; init; }
    public required DateTimeOffset SentAt { get; init; }
    public int Reminders { get; init; }
    public DateTimeOffset? LastReminderAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>When the next reminder is due, counted from the alert or the last reminder.</summary>
    public DateTimeOffset RemindAt(TimeSpan after) => (LastReminderAt ?? SentAt) + after;
}

public enum AlertKind
{
    Violation,
    Discarded,
    DeletionRequest,
    Crisis,
    /// <summary>A draft that disclosed a violation or a crisis was left unfinished and expired.</summary>
    Expired,
}
