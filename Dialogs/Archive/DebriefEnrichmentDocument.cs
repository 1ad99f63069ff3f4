using AllianceBot.Prompts.Enrichment;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// A model's second look at a confirmed debrief, kept beside the record and never inside it: the
/// record is what the practitioner confirmed. Findings are the merge (every offline finding, then the
/// model's new ones), each labelled with its source.
/// </summary>
public sealed record DebriefEnrichmentDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string DebriefId { get; init; }
    public required string SupervisorSummary { get; init; }
    public required IReadOnlyList<EnrichedFinding> Findings { get; init; }
    public required IReadOnlyList<ModelPrompt> Prompts { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
