using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Reads one pattern of detection-rules.json: a plain string is the practitioner doing it; an object
/// carries the flags of <see cref="DetectionPattern"/>. Any other field is refused by name, so a
/// misspelt flag stops the engine instead of quietly changing what is detected.
/// </summary>
internal sealed class DetectionPatternConverter : JsonConverter<DetectionPattern>
{
    private static readonly string[] Fields = ["_about", "pattern", "actor", "carriesNegation", "offer", "sentenceMustContain"];

    public override DetectionPattern Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return new DetectionPattern(reader.GetString()!);
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("a pattern is a string, or an object with \"pattern\" and flags");

        string? template = null, sentence = null;
        var (actor, negation, offer) = (Actor.Practitioner, false, false);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var field = reader.GetString()!;
            reader.Read();
            switch (Fields.FirstOrDefault(f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase)))
            {
                case "_about": reader.Skip(); break;
                case "pattern": template = Text(ref reader, field); break;
                case "sentenceMustContain": sentence = Text(ref reader, field); break;
                case "actor": actor = ActorOf(Text(ref reader, field)); break;
                case "carriesNegation": negation = Flag(ref reader, field); break;
                case "offer": offer = Flag(ref reader, field); break;
                default: throw new JsonException($"a pattern has the unknown field \"{field}\" (known: {string.Join(", ", Fields)})");
            }
        }
        if (template is null)
            throw new JsonException("a pattern object has no \"pattern\"");
        return new DetectionPattern(template, actor, negation, offer, sentence);
    }

    public override void Write(Utf8JsonWriter writer, DetectionPattern value, JsonSerializerOptions options) =>
        throw new NotSupportedException("detection-rules.json is written by people, not by the engine.");

    private static string Text(ref Utf8JsonReader reader, string field) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"\"{field}\" must be text");

    private static bool Flag(ref Utf8JsonReader reader, string field) =>
        reader.TokenType is JsonTokenType.True or JsonTokenType.False ? reader.GetBoolean() : throw new JsonException($"\"{field}\" must be true or false");

    private static Actor ActorOf(string value) =>
        Enum.TryParse<Actor>(value, ignoreCase: true, out var actor) && Enum.IsDefined(actor) && !char.IsDigit(value.TrimStart().FirstOrDefault())
            ? actor
            : throw new JsonException($"\"actor\" is \"practitioner\" or \"anyone\", not \"{value}\"");
}
