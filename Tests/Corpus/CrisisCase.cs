namespace AllianceBot.Corpus;

/// <summary>One text of the crisis corpus: is it a crisis per ANNOTATION.md, and what kind (or kind of near-miss).</summary>
public sealed record CrisisCase(string Id, string Text, bool Crisis, string Kind, string? Context, string? Style)
{
    public override string ToString() => Id;
}
