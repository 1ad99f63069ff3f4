using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Text;

/// <summary>
/// Word unigrams and bigrams hashed into a fixed number of buckets, L2-normalised: the lexical half of
/// the trained scorers ("no thoughts", "years ago", "lol" say what an embedding blurs).
/// </summary>
public static partial class HashedNgrams
{
    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Word();

    public static float[] Of(string text, int buckets)
    {
        var v = new float[buckets];
        Add(text, v);
        return v;
    }

    /// <summary>Writes the normalised counts into <paramref name="into"/> (its length is the number of buckets).</summary>
    public static void Add(string text, Span<float> into)
    {
        var v = into;
        var buckets = into.Length;
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            v[Bucket(words[i], buckets)] += 1;
            if (i + 1 < words.Count) v[Bucket(words[i] + " " + words[i + 1], buckets)] += 1;
        }
        var sum = 0f;
        foreach (var x in v) sum += x * x;
        var norm = MathF.Sqrt(sum);
        if (norm > 0) for (var i = 0; i < v.Length; i++) v[i] /= norm;
    }

    // FNV-1a: stable across runs and machines (string.GetHashCode is randomised per process).
    private static int Bucket(string s, int buckets)
    {
        var h = 2166136261u;
        foreach (var c in s) { h ^= c; h *= 16777619u; }
        return (int)(h % (uint)buckets);
    }
}
