using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Knowledge;

// The JSON shape of one Knowledge/Data/*.json file. Kept apart from the public records so the data
// format can grow (question, severity, flags) without widening the public passage type.
internal sealed record KnowledgeFile(string? Area, List<KnowledgeEntry>? Passages);

internal sealed record KnowledgeEntry(
    string? Code,
    string? Title,
    string? Text,
    string? Source,
    List<string>? Related,
    List<string>? Keywords,
    List<string>? Asks,
    string? Question,
    Severity? Severity,
    bool FirstSession,
    bool Always);
