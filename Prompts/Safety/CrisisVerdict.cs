namespace AllianceBot.Prompts.Safety;

/// <summary>Who the text says is at risk: guidance is worded for the practitioner when it is their own risk.</summary>
public enum AtRisk
{
    None,
    Client,
    Practitioner,
}

/// <summary>
/// What the safety screen decided about one text. <see cref="Start"/> and <see cref="Length"/> point
/// at the sentence that carried the risk in the original text; <see cref="Layer"/> says which layer
/// saw it ("cue" for the listed words, "semantic" for the embedding model).
/// </summary>
public sealed record CrisisVerdict(bool IsCrisis, AtRisk AtRisk, string Kind, string Layer, int Start, int Length, float Score)
{
    public static readonly CrisisVerdict None = new(false, AtRisk.None, "", "", 0, 0, 0);
}
