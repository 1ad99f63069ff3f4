using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Safety;

/// <summary>What the cue layer saw in one sentence: the cues left after idioms and negations, and the context that may set them aside.</summary>
internal sealed record SentenceReading(
    Segment Sentence,
    string Repaired,
    IReadOnlyList<string> Certain,
    IReadOnlyList<string> Strong,
    IReadOnlyList<string> Support,
    IReadOnlyList<string> Vetoes,
    bool Imminent,
    bool ResolvedOnly,
    bool IdiomOnly)
{
    /// <summary>Set by the semantic layer: the model's probability that this sentence reports imminent risk.</summary>
    public float Score { get; init; }

    public bool Vetoed => Vetoes.Count > 0;
}
