using AllianceBot.Prompts.Meaning;

namespace AllianceBot.Training;

internal static class Batches
{
    /// <summary>Embeds many texts in batches of 32 (one model call per batch), printing progress for long runs.</summary>
    public static float[][] Embed(ITextEmbedder embedder, IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        for (var start = 0; start < texts.Count; start += 32)
        {
            var batch = texts.Skip(start).Take(32).ToList();
            var vectors = embedder.Embed(batch);
            for (var k = 0; k < batch.Count; k++) result[start + k] = vectors[k];
        }
        return result;
    }
}
