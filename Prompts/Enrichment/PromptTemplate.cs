using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace AllianceBot.Prompts.Enrichment;

/// <summary>
/// A prompt template file (embedded under Enrichment/Templates) with <c>{{name}}</c> placeholders.
/// Every value is inserted as JSON, never as raw text: practitioner text becomes one JSON string
/// with quotes, newlines and angle brackets escaped, so it cannot close its data block or pass
/// itself off as instructions.
/// </summary>
public sealed partial class PromptTemplate
{
    // Create(UnicodeRanges.All) keeps accented text readable (and cheaper in tokens) while still
    // escaping the HTML-sensitive characters < > & ' " that could fake a closing delimiter.
    private static readonly JsonSerializerOptions DataJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private readonly string _text;

    public PromptTemplate(string name, string text)
    {
        Name = name;
        _text = text;
    }

    public string Name { get; }

    public static PromptTemplate Load(string fileName) => new(fileName, ReadResource(fileName));

    /// <summary>Reads a file from Enrichment/Templates (templates and schemas).</summary>
    public static string ReadResource(string fileName)
    {
        var assembly = typeof(PromptTemplate).Assembly;
        var resource = "AllianceBot.Prompts.Enrichment.Templates." + fileName;
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Prompt template resource '{resource}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Substitutes every placeholder with its value serialised as JSON; a missing value is a bug, so it throws.</summary>
    public string Render(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Placeholder().Replace(_text, m =>
        {
            var key = m.Groups[1].Value;
            if (!values.TryGetValue(key, out var value))
            {
                throw new InvalidOperationException($"Template '{Name}' needs a value for '{key}'.");
            }
            return AsData(value);
        });
    }

    /// <summary>The JSON form of a value as it appears inside a prompt.</summary>
    public static string AsData(object? value) => JsonSerializer.Serialize(value, DataJson);

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
