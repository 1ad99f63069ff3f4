using System.Reflection;
using System.Text.Json;

namespace AllianceBot.Prompts.Meaning;

/// <summary>
/// The file format of trained scorers: the embedding model they were trained on, how they were
/// trained (for the record), and one <see cref="LinearModel"/> per code.
/// </summary>
public sealed class LinearModelFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = false,
    };

    public string EmbeddingModel { get; set; } = "";

    /// <summary>What one vector stands for: "sentence" or "clause".</summary>
    public string Unit { get; set; } = "sentence";

    public Dictionary<string, string> Training { get; set; } = [];

    public List<LinearModel> Models { get; set; } = [];

    public static LinearModelFile? LoadEmbedded(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName);
        return stream is null ? null : JsonSerializer.Deserialize<LinearModelFile>(stream, Json);
    }

    public static LinearModelFile Parse(string json) =>
        JsonSerializer.Deserialize<LinearModelFile>(json, Json) ?? throw new JsonException("Empty model file.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
