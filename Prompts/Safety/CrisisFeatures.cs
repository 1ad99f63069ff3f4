using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Safety;

/// <summary>
/// The feature vector the crisis scorer reads for one sentence: its embedding (meaning), the word
/// n-grams of the sentence with its neighbours (the words that tell a denial, a joke or a past event
/// from a present danger), and what the cue layer saw there, context rules included as evidence
/// rather than as vetoes. The training program and the engine both build vectors here, so they
/// cannot drift apart.
/// </summary>
public static class CrisisFeatures
{
    /// <summary>The default number of n-gram buckets; a trained model's own count follows from its weights.</summary>
    public const int NgramBuckets = 2048;

    /// <summary>Names of the features after the embedding and the n-gram buckets, in order.</summary>
    public static readonly IReadOnlyList<string> Flags =
    [
        "strong-cue", "combination", "support-cues", "imminent", "idiom-only", "next-resolved",
        "veto:training", "veto:screened-negative", "veto:hypothetical", "veto:joke", "veto:bereavement",
        "veto:fiction", "veto:past", "veto:resolved",
    ];

    public static int Length(int dimensions, int buckets) => dimensions + buckets + Flags.Count;

    /// <summary>How many n-gram buckets a model's weights were trained with.</summary>
    public static int BucketsOf(int weights, int dimensions) => Math.Max(0, weights - dimensions - Flags.Count);

    internal static float[] For(IReadOnlyList<SentenceReading> readings, int index, float[] embedding, bool combination, int buckets)
    {
        var r = readings[index];
        var features = new float[Length(embedding.Length, buckets)];
        embedding.CopyTo(features, 0);

        var window = r.Repaired;
        if (index > 0) window = readings[index - 1].Repaired + " " + window;
        if (index + 1 < readings.Count) window += " " + readings[index + 1].Repaired;
        if (buckets > 0) HashedNgrams.Add(window, features.AsSpan(embedding.Length, buckets));

        var f = embedding.Length + buckets;
        features[f++] = r.Strong.Count > 0 ? 1 : 0;
        features[f++] = combination ? 1 : 0;
        features[f++] = Math.Min(3, r.Support.Count) / 3f;
        features[f++] = r.Imminent ? 1 : 0;
        features[f++] = r.IdiomOnly ? 1 : 0;
        features[f++] = index + 1 < readings.Count && readings[index + 1].ResolvedOnly ? 1 : 0;
        foreach (var veto in Flags.Skip(6))
            features[f++] = r.Vetoes.Contains(veto["veto:".Length..]) ? 1 : 0;
        return features;
    }
}
