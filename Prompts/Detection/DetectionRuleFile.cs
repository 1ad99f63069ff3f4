using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Prompts.Detection;

// The JSON shape of Knowledge/Data/detection-rules.json (its "_about" says what each part is for).
// Patterns are read by DetectionPatternConverter: a plain string or an object with flags.
internal sealed record DetectionRuleFile(
    [property: JsonPropertyName("_about")] JsonElement? About,
    List<LexiconGroupEntry>? Lexicon,
    List<DetectionRuleEntry>? Concerns,
    List<DetectionRuleEntry>? Strengths);

internal sealed record LexiconGroupEntry(
    [property: JsonPropertyName("_about")] JsonElement? About,
    string? Name,
    List<string>? Words);

internal sealed record DetectionRuleEntry(
    [property: JsonPropertyName("_about")] JsonElement? About,
    string? Code,
    List<DetectionPattern>? Patterns);
