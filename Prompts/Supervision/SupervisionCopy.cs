using System.Text.Json;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Supervision;

/// <summary>
/// The practitioner-facing supervision wording, loaded from the embedded Data/copy.json so a
/// clinical lead can review and edit it without reading code. Every key must be a known code.
/// </summary>
internal sealed class SupervisionCopy
{
    private const string Resource = "AllianceBot.Prompts.Supervision.Data.copy.json";

    public required IReadOnlyDictionary<string, FindingCopy> Findings { get; init; }
    public required IReadOnlyDictionary<string, string> Gaps { get; init; }
    public required IReadOnlyDictionary<string, string> WentWell { get; init; }
    public required IReadOnlyList<ReflectionCopy> Reflection { get; init; }

    public static SupervisionCopy LoadEmbedded(KnowledgeBase kb)
    {
        using var stream = typeof(SupervisionCopy).Assembly.GetManifestResourceStream(Resource)
            ?? throw new KnowledgeBaseException($"Embedded copy {Resource} is missing.");
        var copy = JsonSerializer.Deserialize<SupervisionCopy>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new KnowledgeBaseException("Supervision copy is empty.");
        copy.Validate(kb);
        return copy;
    }

    private void Validate(KnowledgeBase kb)
    {
        var codes = Findings.Keys.Concat(Gaps.Keys).Concat(WentWell.Keys.Where(k => k != "RATINGS")).Concat(Reflection.Select(r => r.Code));
        foreach (var code in codes)
            if (!kb.Contains(code))
                throw new KnowledgeBaseException($"Supervision copy refers to unknown code '{code}'.");
        foreach (var (code, f) in Findings)
            if (string.IsNullOrWhiteSpace(f.Question) && string.IsNullOrWhiteSpace(f.Observation))
                throw new KnowledgeBaseException($"Supervision copy for '{code}' has no text.");
        foreach (var sign in kb.WarningSigns)
            if (!Findings.ContainsKey(sign.Code))
                throw new KnowledgeBaseException($"Supervision copy has no prompt for warning sign '{sign.Code}'.");
    }
}

internal sealed record FindingCopy(string? Question, string? Observation);

internal sealed record ReflectionCopy(string Code, string Model, IReadOnlyList<string> When, string Text);
