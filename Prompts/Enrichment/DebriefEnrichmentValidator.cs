using System.Text.Json;

namespace AllianceBot.Prompts.Enrichment;

/// <summary>
/// Turns the model's JSON into a result the bot can trust: unknown codes and evidence that is
/// not a quote from the masked text are dropped, at most four prompts are kept. Anything that
/// is not the schema's shape gives null, so the caller keeps the offline result.
/// </summary>
public static class DebriefEnrichmentValidator
{
    public const int MaxPrompts = 4;
    private const int MaxSummaryChars = 1200;
    private static readonly HashSet<string> Severities = new(StringComparer.OrdinalIgnoreCase) { "note", "warning", "violation" };

    public static DebriefEnrichmentResult? Validate(string? json, DebriefEnrichmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ModelJson.TryParseObject(json, out var root)
            || !ModelJson.TryGetString(root, "supervisorSummary", out var summary)
            || string.IsNullOrWhiteSpace(summary)
            || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("prompts", out var prompts) || prompts.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in request.KnownCodes)
        {
            known.TryAdd(code.Trim(), code);
        }

        // The model saw the guarded text, so a quote of a masked span ("[phone]") is still a quote.
        var sentText = IdentifierGuard.Mask(request.MaskedText);
        var kept = new List<ModelFinding>();
        foreach (var item in findings.EnumerateArray())
        {
            if (ModelJson.TryGetString(item, "code", out var code)
                && known.TryGetValue(code.Trim(), out var canonical)
                && ModelJson.TryGetString(item, "severity", out var severity)
                && Severities.Contains(severity)
                && ModelJson.TryGetString(item, "evidence", out var evidence)
                && (TextMatch.Quotes(request.MaskedText, evidence) || TextMatch.Quotes(sentText, evidence)))
            {
                kept.Add(new ModelFinding(canonical, severity.ToLowerInvariant(), evidence.Trim()));
            }
        }

        var keptPrompts = new List<ModelPrompt>();
        foreach (var item in prompts.EnumerateArray())
        {
            if (keptPrompts.Count < MaxPrompts
                && ModelJson.TryGetString(item, "code", out var code)
                && known.TryGetValue(code.Trim(), out var canonical)
                && ModelJson.TryGetString(item, "text", out var text)
                && !string.IsNullOrWhiteSpace(text))
            {
                keptPrompts.Add(new ModelPrompt(canonical, text.Trim()));
            }
        }

        summary = summary.Trim();
        if (summary.Length > MaxSummaryChars)
        {
            summary = summary[..MaxSummaryChars].TrimEnd() + "…";
        }
        return new DebriefEnrichmentResult(summary, kept, keptPrompts);
    }
}
