using System.Text.Json;

namespace AllianceBot.Corpus;

/// <summary>Reads the JSON-lines corpora under Tests/Eval and finds that folder from any output directory.</summary>
public static class CorpusFiles
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static List<T> Read<T>(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<T>(l, Json)!)];

    /// <summary>The split if its file exists, else an empty list (the test split is written last).</summary>
    public static List<T> ReadSplit<T>(string corpus, string split)
    {
        var path = Path.Combine(EvalDirectory(), corpus, split + ".jsonl");
        return File.Exists(path) ? Read<T>(path) : [];
    }

    public static string EvalDirectory()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "Tests", "Eval");
                if (Directory.Exists(Path.Combine(candidate, "crisis"))) return candidate;
            }
        throw new DirectoryNotFoundException("Tests/Eval was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The repository's root (the folder holding Tests/Eval), where the training program writes its data files.</summary>
    public static string RepositoryRoot() => Path.GetFullPath(Path.Combine(EvalDirectory(), "..", ".."));
}
