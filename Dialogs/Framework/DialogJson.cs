using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Framework;

/// <summary>
/// The one place values cross between CLR types and the JSON kept in dialog state. Values are
/// serialized with their runtime type so callers can pass a record without declaring it anywhere.
/// </summary>
public static class DialogJson
{
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        // A node may already belong to a parent (state, options): always store a private copy.
        JsonNode node => node.DeepClone(),
        JsonElement { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), BotJson.Options),
    };

    public static T? As<T>(JsonNode? node) => node is null ? default : node.Deserialize<T>(BotJson.Options);
}
