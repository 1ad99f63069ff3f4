using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Knowledge;

/// <summary>
/// The files under Knowledge/Data, embedded in the build: the knowledge-base passages and, beside them,
/// the detection data (patterns, lexicon, scope cues) a clinical lead edits.
/// </summary>
internal static partial class KnowledgeData
{
    private const string ResourcePrefix = "AllianceBot.Prompts.Knowledge.Data.";

    /// <summary>
    /// How a lead-edited data file is read: comments and trailing commas forgiven, but a field the
    /// engine does not know is refused, so a misspelt flag cannot be silently ignored.
    /// </summary>
    public static readonly JsonSerializerOptions StrictJson = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Every embedded file as (file name, text), in name order.</summary>
    public static IReadOnlyList<(string Name, string Json)> All()
    {
        var assembly = typeof(KnowledgeData).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], Read(assembly, n)))
            .ToList();
    }

    /// <summary>One embedded file's text, by file name ("detection-rules.json").</summary>
    public static string Read(string fileName) =>
        Read(typeof(KnowledgeData).Assembly, ResourcePrefix + fileName);

    /// <summary>A JSON error as a person editing the file can act on it: what is wrong, and on which line.</summary>
    public static string Describe(JsonException e)
    {
        var unknown = UnmappedFieldRegex().Match(e.Message);
        var what = unknown.Success ? $"\"{unknown.Groups["field"].Value}\" is not a field the engine knows (misspelt?)" : e.Message;
        return e.LineNumber is { } line ? $"{what} (line {line + 1}{(string.IsNullOrEmpty(e.Path) ? "" : $", at {e.Path}")})" : what;
    }

    // System.Text.Json's wording for a field no member takes; it names the .NET type, which helps nobody editing the file.
    [GeneratedRegex(@"^The JSON property '(?<field>[^']*)' could not be mapped")]
    private static partial Regex UnmappedFieldRegex();

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new KnowledgeBaseException($"{resource[ResourcePrefix.Length..]} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
