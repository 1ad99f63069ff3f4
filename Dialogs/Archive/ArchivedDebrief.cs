namespace AllianceBot.Dialogs.Archive;

/// <summary>A confirmed debrief as archived: the machine record (JSON), the rendering for people (Markdown) and searchable tags.</summary>
public sealed record ArchivedDebrief(
    string DebriefId,
    string PractitionerId,
    DateOnly Date,
    string Json,
    string Markdown,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>
    /// What tells this debrief apart from another that drew the same random id (the draft's start):
    /// a retry carries the same claim and completes the save; a different claim means the id is
    /// taken. Null skips the check (records written before claims existed).
    /// </summary>
    public string? Claim { get; init; }
}

/// <summary>What a listing knows without reading a document: enough for a digest to pick what to open.</summary>
public sealed record ArchivedDebriefEntry(
    string DebriefId,
    string PractitionerId,
    DateOnly Date,
    IReadOnlyDictionary<string, string> Tags,
    DateTimeOffset ArchivedAt);

/// <summary>Where a debrief is stored; <paramref name="AlreadyArchived"/> is true when a retry found it there (nothing was overwritten).</summary>
public sealed record DebriefReceipt(
    string DebriefId,
    string PractitionerId,
    DateOnly Date,
    string JsonKey,
    string MarkdownKey,
    bool AlreadyArchived);
