using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// A confirmed debrief as stored for the practitioner and their supervisor: one versioned JSON
/// document. Free text is masked. Change the shape only with a new <see cref="SchemaVersion"/>.
/// </summary>
public sealed record DebriefRecord
{
    public const int CurrentSchemaVersion = 1;

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
    public required IReadOnlyList<FindingRecord> Findings { get; init; }
    public required IReadOnlyList<PromptRecord> PromptsShown { get; init; }
    public required IReadOnlyList<PromptRecord> WentWell { get; init; }
    public required bool HasViolation { get; init; }

    /// <summary>True when imminent risk was reported during the debrief (and safety steps were shown).</summary>
    public bool CrisisReported { get; init; }
    public required string EngineVersion { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset ConfirmedAt { get; init; }
}

public sealed record PersonRecord(string Id, string? Name);

/// <summary>The practitioner's own 1-5 view of the alliance; null where not rated.</summary>
public sealed record RatingsRecord(int? Goals, int? Tasks, int? Bond);

public sealed record FindingRecord(string Code, Severity Severity, string Evidence, FindingSource Source, string Field)
{
    public bool SelfReported => Source == FindingSource.SelfReported;
}

public sealed record PromptRecord(string Code, string Text, PromptKind Kind);
