using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// The feature vector a code's trained scorer reads for one sentence of a debrief: the sentence's
/// embedding (what it means), the word n-grams of the sentence with its neighbours (the words that
/// tell "I gave her my cell" from "I didn't give her my cell"), and what that code's lexical rules
/// said about the sentence, their scope verdicts included. The training program builds its rows
/// here too, so the two cannot drift apart.
/// </summary>
public static class SignFeatures
{
    public const int NgramBuckets = 2048;

    /// <summary>Names of the features after the embedding and the n-gram buckets, in order.</summary>
    public static readonly IReadOnlyList<string> Flags =
    [
        "rule:affirmed", "rule:negated", "rule:hypothetical", "rule:declined", "rule:past-resolved", "rule:other-agent", "question",
    ];

    public static int Length(int dimensions) => dimensions + NgramBuckets + Flags.Count;

    /// <param name="verdicts">The code's rule verdicts in this sentence (empty when no rule of it matched).</param>
    internal static float[] For(IReadOnlyList<Segment> sentences, int index, float[] embedding, IReadOnlyCollection<ScopeVerdict> verdicts)
    {
        var features = new float[Length(embedding.Length)];
        embedding.CopyTo(features, 0);
        var window = sentences[index].Text;
        if (index > 0) window = sentences[index - 1].Text + " " + window;
        if (index + 1 < sentences.Count) window += " " + sentences[index + 1].Text;
        HashedNgrams.Add(window, features.AsSpan(embedding.Length, NgramBuckets));

        SetRuleFlags(features.AsSpan(embedding.Length + NgramBuckets), verdicts, sentences[index].Text);
        return features;
    }

    /// <summary>Writes the flags (in <see cref="Flags"/> order) for one code's rule verdicts in a sentence.</summary>
    internal static void SetRuleFlags(Span<float> flags, IReadOnlyCollection<ScopeVerdict> verdicts, string sentence)
    {
        flags[0] = verdicts.Contains(ScopeVerdict.Affirmed) ? 1 : 0;
        flags[1] = verdicts.Contains(ScopeVerdict.Negated) ? 1 : 0;
        flags[2] = verdicts.Contains(ScopeVerdict.Hypothetical) ? 1 : 0;
        flags[3] = verdicts.Contains(ScopeVerdict.Declined) ? 1 : 0;
        flags[4] = verdicts.Contains(ScopeVerdict.PastResolved) ? 1 : 0;
        flags[5] = verdicts.Contains(ScopeVerdict.OtherAgent) ? 1 : 0;
        flags[6] = sentence.TrimEnd().EndsWith('?') ? 1 : 0;
    }
}
