using System.Text.Json.Serialization;
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
    /// <summary>The codes of what it recorded or disclosed (BV-GIFT, ..., CRISIS when imminent risk was reported).</summary>
    public required IReadOnlyList<string> Codes { get; init; }
    public required TombstoneReason Reason { get; init; }
    /// <summary>Who deleted or discarded it; for a draft that expired, the practitioner whose draft it was.</summary>
    public required PersonRecord By { get; init; }
    /// <summary>Who asked for the deletion, when someone else carried it out (the practitioner, when the supervisor approved).</summary>
    public PersonRecord? RequestedBy { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>
    /// The tombstone of a confirmed record: its violations (the ones the practitioner did not reject), and
    /// CRISIS when imminent risk was reported in it, are what it recorded.
    /// </summary>
    public static DebriefTombstone Of(DebriefRecord record, PersonRecord by, PersonRecord? requestedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DebriefTombstone
        {
            DebriefId = record.DebriefId,
            PractitionerId = record.Practitioner.Id,
            ClientCode = record.ClientCode,
            Date = record.Date,
            Codes = Concerns(record.Findings.Where(f => f.Severity == Prompts.Detection.Severity.Violation && !f.Rejected).Select(f => f.Code), record.CrisisReported),
            Reason = TombstoneReason.Deleted,
            By = by,
            RequestedBy = requestedBy,
            At = at,
        };
    }

    /// <summary>
    /// The tombstone of a draft that goes without being confirmed (discarded, or expired): what was
    /// disclosed in it, and CRISIS when imminent risk was reported during it.
    /// </summary>
    public static DebriefTombstone Of(DebriefDraft draft, PersonRecord owner, TombstoneReason reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(owner);
        return new DebriefTombstone
        {
            DebriefId = draft.DebriefId,
            PractitionerId = owner.Id,
            ClientCode = draft.ClientCode,
            Date = draft.Date,
            Codes = Concerns((draft.Disclosed ?? []).Select(d => d.Code), draft.CrisisReportedAt is not null),
            Reason = reason,
            By = owner,
            At = at,
        };
    }

    /// <summary>The codes a tombstone keeps: each serious concern once, with CRISIS first when imminent risk was reported.</summary>
    public static IReadOnlyList<string> Concerns(IEnumerable<string> violationCodes, bool crisisReported)
        => (crisisReported ? [Prompts.SupervisionEngine.CrisisCode] : Array.Empty<string>())
            .Concat(violationCodes).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [JsonIgnore]
    public bool RecordsCrisis => Codes.Contains(Prompts.SupervisionEngine.CrisisCode, StringComparer.OrdinalIgnoreCase);

    [JsonIgnore]
    public bool RecordsViolation => Codes.Any(c => !string.Equals(c, Prompts.SupervisionEngine.CrisisCode, StringComparison.OrdinalIgnoreCase));
}

public enum TombstoneReason
{
    /// <summary>A confirmed debrief was deleted.</summary>
    Deleted,
    /// <summary>A draft was discarded after a serious concern was disclosed in it.</summary>
    Discarded,
    /// <summary>A draft in which a serious concern was disclosed was left unfinished until its lifetime ran out.</summary>
    Expired,
}
