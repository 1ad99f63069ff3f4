using System.Text.Json;

namespace AllianceBot.Prompts.Questions;

/// <summary>Questions/Data/not-covered.json: messages the material does not answer, which mark the edge of scope.</summary>
internal static class NotCoveredExamples
{
    public const string ResourceName = "AllianceBot.Prompts.Questions.Data.not-covered.json";

    public static IReadOnlyList<string> LoadEmbedded()
    {
        using var stream = typeof(NotCoveredExamples).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new Knowledge.KnowledgeBaseException("Questions/Data/not-covered.json is not embedded.");
        var file = JsonSerializer.Deserialize<File>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        return file?.Examples ?? throw new Knowledge.KnowledgeBaseException("Questions/Data/not-covered.json has no examples.");
    }

    private sealed record File(List<string>? Examples);
}
