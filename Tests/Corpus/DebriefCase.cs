using System.Text.Json.Serialization;

namespace AllianceBot.Corpus;

/// <summary>
/// One debrief narrative of the sign corpus: the codes it shows (with the writer's evidence span)
/// and the codes it comes close to without showing (hard negatives, with their kind).
/// </summary>
public sealed record DebriefCase(string Id, string Text, List<CodeEvidence> Positives,
    [property: JsonPropertyName("hard_negatives")] List<HardNegative> HardNegatives, string? Style)
{
    public IEnumerable<string> Codes => Positives.Select(p => p.Code).Distinct();

    public override string ToString() => Id;
}

public sealed record CodeEvidence(string Code, string Evidence);

public sealed record HardNegative(string Code, string Kind, string Evidence);
