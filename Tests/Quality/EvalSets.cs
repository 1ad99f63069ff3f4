using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Quality;

/// <summary>The labelled evaluation sets under Tests/Eval, shared by the benchmark and the unit tests' theories.</summary>
public static class EvalSets
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<SnippetCase> Debriefs(string directory) =>
        JsonSerializer.Deserialize<DebriefFile>(File.ReadAllText(Path.Combine(directory, "debriefs.json")), Json)!.Items;

    /// <summary>Snippets written after the rules were tuned, kept out of the unit tests so they stay a fair check.</summary>
    public static IReadOnlyList<SnippetCase> Holdout(string directory)
    {
        var path = Path.Combine(directory, "debriefs-holdout.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<DebriefFile>(File.ReadAllText(path), Json)!.Items : [];
    }

    public static IReadOnlyList<ScriptedQuestion> Questions(string directory) =>
        JsonSerializer.Deserialize<QuestionFile>(File.ReadAllText(Path.Combine(directory, "questions.json")), Json)!.Items;

    /// <summary>Finds Tests/Eval from the output folder or the repository.</summary>
    public static string LocateDirectory()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "Eval"), Path.Combine(dir.FullName, "Tests", "Eval") })
                    if (File.Exists(Path.Combine(candidate, "debriefs.json"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException("Tests/Eval with debriefs.json was not found.");
    }

    private sealed record DebriefFile(List<SnippetCase> Items);
    private sealed record QuestionFile(List<ScriptedQuestion> Items);
}

public sealed record SnippetCase(string Id, string Category, List<string> Expected, string Text)
{
    public override string ToString() => Id;
}

/// <summary>One item of questions.json, the first scripted question set (91 items, crisis ones among them), kept as a regression check.</summary>
public sealed record ScriptedQuestion(string Q, List<string> Expected, string? Kind, string? Previous)
{
    [JsonIgnore] public string ExpectedKind => Kind ?? "answered";
    public override string ToString() => Q;
}
