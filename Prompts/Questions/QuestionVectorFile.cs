using System.Text.Json;

namespace AllianceBot.Prompts.Questions;

/// <summary>
/// Vectors computed ahead of time by the training program (Tests/Training), so the engine need not
/// embed several hundred passage views at start: the views' vectors by text hash, and the labelled
/// example messages of the training split (their vectors and codes only; the texts stay in the corpus).
/// A view whose text changed since has no stored vector and is embedded at start instead.
/// </summary>
public sealed class QuestionVectorFile
{
    public const string ResourceName = "AllianceBot.Prompts.Questions.Data.question-vectors.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public string EmbeddingModel { get; set; } = "";

    /// <summary>Text hash (<see cref="Meaning.VectorCodec.Hash"/>) to encoded vector.</summary>
    public Dictionary<string, string> Texts { get; set; } = [];

    public List<StoredExample> Examples { get; set; } = [];

    public static QuestionVectorFile? LoadEmbedded()
    {
        using var stream = typeof(QuestionVectorFile).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : JsonSerializer.Deserialize<QuestionVectorFile>(stream, Json);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>One labelled example message: its codes (first = primary; none = not covered) and vector.</summary>
public sealed record StoredExample(IReadOnlyList<string> Codes, string Vector);
