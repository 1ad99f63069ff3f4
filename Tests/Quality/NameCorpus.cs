using System.Text.Json;

namespace AllianceBot.Quality;

/// <summary>
/// A labelled names split (JSONL): each line {"id","text","names":[...],"not_names":[...]}, where names
/// are the exact substrings that are people's names and not_names capitalised words that are not.
/// </summary>
public sealed record NameCase(string Id, string Text, IReadOnlyList<string> Names, IReadOnlyList<string> NotNames)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<NameCase> Load(string path)
    {
        var cases = new List<NameCase>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var raw = JsonSerializer.Deserialize<Raw>(line, Json) ?? throw new InvalidDataException($"{path}:{number} is empty.");
            if (raw.Text is null) throw new InvalidDataException($"{path}:{number} has no text.");
            cases.Add(new NameCase(raw.Id ?? $"line-{number}", raw.Text, raw.Names ?? [], raw.Not_names ?? raw.NotNames ?? []));
        }
        return cases;
    }

    private sealed record Raw(string? Id, string? Text, List<string>? Names, List<string>? Not_names, List<string>? NotNames);
}
