using System.Collections.Concurrent;

namespace AllianceBot.Prompts.Meaning;

/// <summary>
/// Remembers recent vectors by text. A debrief's narrative is screened when it is typed and read
/// again at confirm; the same clause need not go through the model twice. Bounded: when full, the
/// memory starts over (cheaper than tracking recency, and a miss only costs one model call).
/// </summary>
public sealed class CachedEmbedder(ITextEmbedder inner, int capacity = 8192) : ITextEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> _seen = new(StringComparer.Ordinal);

    public string ModelName => inner.ModelName;

    public int Dimensions => inner.Dimensions;

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        List<int>? missing = null;
        for (var i = 0; i < texts.Count; i++)
        {
            if (_seen.TryGetValue(texts[i], out var v)) result[i] = v;
            else (missing ??= []).Add(i);
        }
        if (missing is null) return result;

        // The same text twice in one call goes to the model once.
        var distinct = missing.Select(i => texts[i]).Distinct(StringComparer.Ordinal).ToList();
        var vectors = inner.Embed(distinct);
        if (_seen.Count + distinct.Count > capacity) _seen.Clear();
        var byText = new Dictionary<string, float[]>(distinct.Count, StringComparer.Ordinal);
        for (var k = 0; k < distinct.Count; k++)
        {
            byText[distinct[k]] = vectors[k];
            _seen[distinct[k]] = vectors[k];
        }
        foreach (var i in missing) result[i] = byText[texts[i]];
        return result;
    }
}
