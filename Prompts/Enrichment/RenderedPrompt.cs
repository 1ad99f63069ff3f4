namespace AllianceBot.Prompts.Enrichment;

/// <summary>The two messages and the strict JSON schema for one model call.</summary>
/// <param name="PassagesUsed">How many of the request's passages fitted under the token cap.</param>
public sealed record RenderedPrompt(string SystemMessage, string UserMessage, string SchemaName, string SchemaJson, int PassagesUsed)
{
    public int EstimatedInputTokens => TokenEstimate.FromChars(SystemMessage.Length + UserMessage.Length + SchemaJson.Length);
}
