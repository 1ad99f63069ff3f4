using System.Text.Json;
using System.Text.Json.Serialization;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Knowledge;

/// <summary>
/// Reads the knowledge-base JSON files and refuses broken data at start rather than giving odd
/// answers later: every code unique, every passage complete, every related code resolvable.
/// </summary>
public static class KnowledgeBaseLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Loads the embedded knowledge base and checks the detection data beside it (detection-rules.json,
    /// scope-cues.json): the engine then runs exactly what was checked.
    /// </summary>
    public static KnowledgeBase LoadEmbedded()
    {
        var files = KnowledgeData.All();
        if (files.Count == 0)
            throw new KnowledgeBaseException("No knowledge-base files are embedded in the assembly.");
        return Load(files);
    }

    /// <summary>
    /// Builds a knowledge base from (file name, JSON text) pairs; used by tests to prove the validation.
    /// detection-rules.json and scope-cues.json among them are checked, not read as passages: every
    /// pattern compiles and every detection code has a passage.
    /// </summary>
    public static KnowledgeBase Load(IEnumerable<(string Name, string Json)> files)
    {
        files = files.ToList();
        var detection = files.Where(f => DetectionData.Owns(f.Name)).ToList();
        files = files.Where(f => !DetectionData.Owns(f.Name));

        var passages = new List<KnowledgePassage>();
        var signs = new List<WarningSign>();
        var items = new List<StandardItem>();
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        foreach (var (name, json) in files)
        {
            var file = Parse(name, json);
            var area = string.IsNullOrWhiteSpace(file.Area) ? Path.GetFileNameWithoutExtension(name) : file.Area;
            foreach (var e in file.Passages ?? [])
            {
                var code = Require(e.Code, name, "?", "code");
                if (seen.TryGetValue(code, out var other))
                    throw new KnowledgeBaseException($"Duplicate code '{code}' in {name} (already defined in {other}).");
                seen[code] = name;
                var passage = new KnowledgePassage(
                    code.Trim(),
                    Require(e.Title, name, code, "title"),
                    Require(e.Text, name, code, "text"),
                    Require(e.Source, name, code, "source"),
                    e.Related ?? [],
                    area,
                    e.Keywords ?? [])
                {
                    Asks = e.Asks ?? [],
                };
                passages.Add(passage);

                if (e.Severity is { } severity)
                {
                    severities[code] = severity;
                    if (area == "boundaries")
                        signs.Add(new WarningSign(code, passage.Title, Require(e.Question, name, code, "question"), severity));
                }
                if (area == "standard" && e.Question is not null)
                    items.Add(new StandardItem(code, passage.Title, e.Question, e.FirstSession, e.Always));
            }
        }

        foreach (var p in passages)
            foreach (var r in p.Related)
                if (!seen.ContainsKey(r))
                    throw new KnowledgeBaseException($"Passage '{p.Code}' ({seen[p.Code]}) refers to unknown code '{r}'.");

        foreach (var (name, json) in detection)
            DetectionData.Check(name, json, seen.ContainsKey);

        return new KnowledgeBase(passages, signs.OrderBy(s => s.Severity).ToList(), items, severities);
    }

    private static KnowledgeFile Parse(string name, string json)
    {
        try
        {
            return JsonSerializer.Deserialize<KnowledgeFile>(json, Json)
                ?? throw new KnowledgeBaseException($"Knowledge-base file {name} is empty.");
        }
        catch (JsonException ex)
        {
            throw new KnowledgeBaseException($"Knowledge-base file {name} is not valid JSON: {ex.Message}");
        }
    }

    private static string Require(string? value, string file, string code, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new KnowledgeBaseException($"Passage '{code}' in {file} has an empty {field}.")
            : value.Trim();
}
