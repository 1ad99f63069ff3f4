using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AllianceBot.Prompts.Enrichment;

internal static class ModelJson
{
    public static bool TryParseObject(string? json, out JsonElement root)
    {
        root = default;
        if (string.IsNullOrWhiteSpace(json))
        {
            return false;
        }
        try
        {
            // Clone so the element outlives the document; the payloads are small.
            using var doc = JsonDocument.Parse(json);
            root = doc.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static bool TryGetString(JsonElement obj, string name, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (obj.ValueKind == JsonValueKind.Object
            && obj.TryGetProperty(name, out var p)
            && p.ValueKind == JsonValueKind.String)
        {
            value = p.GetString()!;
            return true;
        }
        return false;
    }
}
