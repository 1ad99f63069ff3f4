using AllianceBot.Dialogs.Debrief;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// What stays when a debrief that recorded a serious concern goes: which debrief, what kind of concern
/// (codes, no text), who removed it, at whose request, and when. Supervisors see it in review and in
/// their digest; it is never rewritten.
/// </summary>
public sealed record DebriefTombstone
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string DebriefId { get; init; }
    public required string PractitionerId { get; init; }
    public string? ClientCode { get; init; }
    /// <summary>The session's date, when it was known.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The codes of what it recorded or disclosed (BV-GIFT, ...).</summary>
    public required IReadOnlyList<string> Codes { get; init; }
    public required TombstoneReason Reason { get; init; }
    /// <summary>Who deleted or discarded it.</summary>
    public required PersonRecord By { get; init; }
    /// <summary>Who asked for the deletion, when someone else carried it out (the practitioner, when the supervisor approved).</summary>
    public PersonRecord? RequestedBy { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The tombstone of a confirmed record: its violations (the ones the practitioner did not reject) are what it recorded.</summary>
    public static DebriefTombstone Of(DebriefRecord record, PersonRecord by, PersonRecord? requestedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DebriefTombstone
        {
            DebriefId = record.DebriefId,
            PractitionerId = record.Practitioner.Id,
            ClientCode = record.ClientCode,
            Date = record.Date,
            Codes = record.Findings.Where(f => f.Severity == Prompts.Detection.Severity.Violation && !f.Rejected).Select(f => f.Code).Distinct().ToList(),
            Reason = TombstoneReason.Deleted,
            By = by,
            RequestedBy = requestedBy,
            At = at,
        };
    }
}

public enum TombstoneReason
{
    /// <summary>A confirmed debrief was deleted.</summary>
    Deleted,
    /// <summary>A draft was discarded after a serious concern was disclosed in it.</summary>
    Discarded,
}
