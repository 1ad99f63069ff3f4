using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.TestKit;

namespace AllianceBot.Prompts.Tests.Detection;

/// <summary>The detection data files as a clinical lead edits them: in the source tree, changed one entry at a time.</summary>
internal static class DetectionDataFiles
{
    public const string Rules = "detection-rules.json";
    public const string Scope = "scope-cues.json";

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static string Read(string name) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Prompts", "Knowledge", "Data", name));

    /// <summary>The file from the source tree with <paramref name="edit"/> applied.</summary>
    public static string Edited(string name, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(Read(name), documentOptions: Lenient)!;
        edit(root);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>What the engine does at start, with one embedded file replaced.</summary>
    public static KnowledgeBase LoadWith(string name, string json) =>
        KnowledgeBaseLoader.Load(KnowledgeData.All().Select(f => f.Name == name ? (name, json) : f));

    public static JsonArray Patterns(JsonNode rules, string code) =>
        rules["concerns"]!.AsArray().Concat(rules["strengths"]!.AsArray()).Single(r => (string?)r!["code"] == code)!["patterns"]!.AsArray();

    public static JsonArray Words(JsonNode rules, string group) =>
        rules["lexicon"]!.AsArray().Single(g => (string?)g!["name"] == group)!["words"]!.AsArray();
}
