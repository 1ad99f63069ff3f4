namespace AllianceBot.Prompts.Enrichment;

// Own small types so the model wire does not wait on the offline engine; the lead maps
// Detection.Finding / Knowledge passages onto these. Severity is the lower-case name of the
// engine's Severity ("note", "warning", "violation").

/// <summary>A finding the offline engine already made; the model may add to these, never remove them.</summary>
public sealed record OfflineFinding(string Code, string Severity, string Evidence);

/// <summary>A retrieved knowledge passage the model may rely on and cite.</summary>
public sealed record KnowledgeSnippet(string Code, string Title, string Text);

public enum EnrichmentSource
{
    Offline,
    Model,
}

/// <summary>A finding the model proposed that survived validation (known code, evidence quoted from the text).</summary>
public sealed record ModelFinding(string Code, string Severity, string Evidence)
{
    public EnrichmentSource Source => EnrichmentSource.Model;
}

/// <summary>A supervision prompt the model proposed for a known code.</summary>
public sealed record ModelPrompt(string Code, string Text);

/// <summary>One finding after the merge, saying where it came from.</summary>
public sealed record EnrichedFinding(string Code, string Severity, string Evidence, EnrichmentSource Source);

/// <param name="MaskedText">The debrief text with identifiers already masked by the caller.</param>
/// <param name="KnownCodes">Codes the model may use; anything else is dropped.</param>
public sealed record DebriefEnrichmentRequest(
    string MaskedText,
    IReadOnlyList<OfflineFinding> OfflineFindings,
    IReadOnlyList<KnowledgeSnippet> Passages,
    IReadOnlySet<string> KnownCodes);

/// <param name="IsCrisis">Set by the caller when the offline engine classed the question as a crisis; such questions never reach a model.</param>
/// <param name="EarlierQuestion">The message this one may follow up ("and what about gifts?"), masked; null when there is none.</param>
public sealed record GroundedAnswerRequest(
    string Question,
    IReadOnlyList<KnowledgeSnippet> Passages,
    bool IsCrisis = false,
    string? EarlierQuestion = null);

public sealed record DebriefEnrichmentResult(
    string SupervisorSummary,
    IReadOnlyList<ModelFinding> Findings,
    IReadOnlyList<ModelPrompt> Prompts);

/// <summary>An answer whose every cited code is one of the retrieved passages' codes.</summary>
public sealed record GroundedModelAnswer(string Text, IReadOnlyList<string> CitedCodes);
