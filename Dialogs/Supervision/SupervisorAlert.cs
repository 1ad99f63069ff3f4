using AllianceBot.Dialogs.Debrief;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Something a supervisor was told at once and should acknowledge: a violation in a confirmed debrief,
/// a draft discarded after a violation was disclosed, or a request to delete a record that must stay.
/// Kept until acknowledged (or decided); unacknowledged ones are reminded.
/// </summary>
public sealed record SupervisorAlert
{
    public required string AlertId { get; init; }
    public required AlertKind Kind { get; init; }
    public required string SupervisorId { get; init; }
    public required string PractitionerId { get; init; }
    public required string PractitionerName { get; init; }
    public required string DebriefId { get; init; }
    public DateOnly? Date { get; init; }
    public string? ClientCode { get; init; }
    /// <summary>The record's archive key, for Review; null when there is no record (a discarded draft).</summary>
    public string? ArchivePath { get; init; }
    public required IReadOnlyList<DisclosedFinding> Findings { get; init; }
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
}
