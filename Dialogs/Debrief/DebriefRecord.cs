using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// A confirmed debrief as stored for the practitioner and their supervisor: one versioned JSON
/// document. Free text is masked. Change the shape only with a new <see cref="SchemaVersion"/>
/// (2 added <see cref="BringToSupervision"/> and <see cref="FindingRecord.Confirmed"/>; readers of 1 find them absent).
/// </summary>
public sealed record DebriefRecord
{
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string DebriefId { get; init; }
    public required PersonRecord Practitioner { get; init; }
    public PersonRecord? Supervisor { get; init; }
    public required string ClientCode { get; init; }
    public required DateOnly Date { get; init; }
    public required SessionKind Kind { get; init; }
    public required SessionSetting Setting { get; init; }
    public required RatingsRecord Ratings { get; init; }
    public required IReadOnlyList<string> StandardItemsDone { get; init; }
    /// <summary>Warning-sign codes ticked in the scan; null when the scan was skipped.</summary>
    public IReadOnlyList<string>? BoundarySignsReported { get; init; }
    public required string Narrative { get; init; }
    public required IReadOnlyList<ReflectionAnswer> Reflections { get; init; }
    public string? NextSteps { get; init; }
    /// <summary>What the practitioner wants to bring to supervision (masked); null when they skipped it.</summary>
    public string? BringToSupervision { get; init; }
    public required IReadOnlyList<FindingRecord> Findings { get; init; }
    public required IReadOnlyList<PromptRecord> PromptsShown { get; init; }
    public required IReadOnlyList<PromptRecord> WentWell { get; init; }
    /// <summary>A violation the practitioner ticked, confirmed or did not reject (a detection they unticked does not count).</summary>
    public required bool HasViolation { get; init; }

    /// <summary>True when imminent risk was reported during the debrief (and safety steps were shown).</summary>
    public bool CrisisReported { get; init; }
    public required string EngineVersion { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset ConfirmedAt { get; init; }

    /// <summary>
    /// True when the record must stay for the supervisor: the practitioner cannot delete it alone.
    /// The one place that decides it: a violation, or imminent risk reported during the debrief.
    /// </summary>
    public bool MustStay => HasViolation || CrisisReported;
}

public sealed record PersonRecord(string Id, string? Name);

/// <summary>The practitioner's own 1-5 view of the alliance; null where not rated.</summary>
public sealed record RatingsRecord(int? Goals, int? Tasks, int? Bond);

/// <param name="Confirmed">
/// For a detected warning sign shown ticked in the boundary check: true when the practitioner kept it,
/// false when they unticked it (a rejected detection). Null when they were not asked.
/// </param>
public sealed record FindingRecord(string Code, Severity Severity, string Evidence, FindingSource Source, string Field, bool? Confirmed = null)
{
    public bool SelfReported => Source == FindingSource.SelfReported;

    public bool Rejected => Confirmed == false;
}

public sealed record PromptRecord(string Code, string Text, PromptKind Kind);
