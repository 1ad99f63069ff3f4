using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Prompts.Digests;

/// <summary>The machine-readable digest (camelCase, enums as names), stored beside the HTML.</summary>
public static class DigestJson
{
    public static readonly JsonSerializerOptions Options = Create();

    public static byte[] Serialize(Digest digest) => JsonSerializer.SerializeToUtf8Bytes(digest, Options);

    public static Digest? Deserialize(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<Digest>(json, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
