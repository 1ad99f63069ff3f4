namespace AllianceBot.Dialogs.Archive;

public sealed record ArchivedDebrief(string DebriefId, string PractitionerId, DateOnly Date, string Json, string Markdown,
    IReadOnlyDictionary<string, string> Tags);

public sealed record ArchivedDebriefEntry(string DebriefId, string PractitionerId, DateOnly Date,
    IReadOnlyDictionary<string, string> Tags, DateTimeOffset ArchivedAt);

public sealed record DebriefReceipt(string DebriefId, string PractitionerId, DateOnly Date, string JsonKey, string MarkdownKey, bool AlreadyArchived);
