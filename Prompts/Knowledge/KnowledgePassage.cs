namespace AllianceBot.Prompts.Knowledge;

/// <summary>
/// One passage of the knowledge base, written in the project's own words. <see cref="Source"/> names
/// the work the facts come from; <see cref="Related"/> holds codes of other passages;
/// <see cref="Keywords"/> are extra search words (practitioners' wording) that are never shown;
/// <see cref="Asks"/> are questions and situations in practitioners' own voice that the passage
/// answers (aliases for retrieval, never shown).
/// </summary>
public sealed record KnowledgePassage(
    string Code,
    string Title,
    string Text,
    string Source,
    IReadOnlyList<string> Related,
    string Area,
    IReadOnlyList<string> Keywords)
{
    public IReadOnlyList<string> Asks { get; init; } = [];
}
