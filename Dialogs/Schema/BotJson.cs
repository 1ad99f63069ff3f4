using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Dialogs.Schema;

/// <summary>The one set of JSON options for the wire and for stored state.</summary>
public static class BotJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Deeply nested hostile input is rejected rather than recursed into.
            MaxDepth = 64,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
