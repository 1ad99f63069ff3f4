namespace AllianceBot.Prompts.Enrichment;

/// <summary>Renders the model calls from their templates, within a token cap.</summary>
public static class EnrichmentPrompts
{
    public const string DebriefSchemaName = "debrief_enrichment";
    public const string AnswerSchemaName = "grounded_answer";

    private static readonly PromptTemplate DebriefSystem = PromptTemplate.Load("debrief-enrichment.system.md");
    private static readonly PromptTemplate DebriefUser = PromptTemplate.Load("debrief-enrichment.user.md");
    private static readonly PromptTemplate AnswerSystem = PromptTemplate.Load("grounded-answer.system.md");
    private static readonly PromptTemplate AnswerUser = PromptTemplate.Load("grounded-answer.user.md");
    // Minified: the schema travels with every call, and the estimate should count what is sent.
    private static readonly string DebriefSchema = Minify(PromptTemplate.ReadResource("debrief-enrichment.schema.json"));
    private static readonly string AnswerSchema = Minify(PromptTemplate.ReadResource("grounded-answer.schema.json"));

    // The system prompts have no placeholders: they are the same bytes for every call, which is
    // what makes them safe from the data and cacheable by the service's prompt caching.
    public static string DebriefSystemMessage { get; } = DebriefSystem.Render(new Dictionary<string, object?>());
    public static string AnswerSystemMessage { get; } = AnswerSystem.Render(new Dictionary<string, object?>());

    /// <summary>
    /// The debrief call with as many passages as fit under <paramref name="maxInputTokens"/>
    /// (passages are taken in the order given, best first); null when even the text alone does not fit.
    /// </summary>
    public static RenderedPrompt? ForDebrief(DebriefEnrichmentRequest request, int maxInputTokens)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = IdentifierGuard.Mask(request.MaskedText);
        var codes = request.KnownCodes.Order(StringComparer.Ordinal).ToArray();
        var offline = request.OfflineFindings
            .Select(f => new { code = f.Code, severity = f.Severity, evidence = IdentifierGuard.Mask(f.Evidence) })
            .ToArray();
        return Fit(request.Passages, maxInputTokens, passages => new RenderedPrompt(
            DebriefSystemMessage,
            DebriefUser.Render(new Dictionary<string, object?>
            {
                ["knownCodes"] = codes,
                ["offlineFindings"] = offline,
                ["passages"] = passages,
                ["practitionerText"] = text,
            }),
            DebriefSchemaName,
            DebriefSchema,
            passages.Count));
    }

    /// <summary>The question call; null when no passage fits (an answer with nothing to cite would be rejected anyway).</summary>
    public static RenderedPrompt? ForQuestion(GroundedAnswerRequest request, int maxInputTokens)
    {
        ArgumentNullException.ThrowIfNull(request);
        var question = IdentifierGuard.Mask(request.Question);
        var prompt = Fit(request.Passages, maxInputTokens, passages => new RenderedPrompt(
            AnswerSystemMessage,
            AnswerUser.Render(new Dictionary<string, object?>
            {
                ["passages"] = passages,
                ["earlierQuestion"] = IdentifierGuard.Mask(request.EarlierQuestion ?? ""),
                ["question"] = question,
            }),
            AnswerSchemaName,
            AnswerSchema,
            passages.Count));
        return prompt is { PassagesUsed: > 0 } ? prompt : null;
    }

    private static string Minify(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();

    private static RenderedPrompt? Fit(
        IReadOnlyList<KnowledgeSnippet> passages, int maxInputTokens, Func<IReadOnlyList<object>, RenderedPrompt> render)
    {
        var data = passages
            .Select(p => (object)new { code = p.Code, title = p.Title, text = p.Text })
            .ToList();
        // Drop the lowest-ranked passage until the call fits; the text itself is never cut,
        // since a quote the model cannot see could not be checked.
        for (var count = data.Count; count >= 0; count--)
        {
            var prompt = render(data.GetRange(0, count));
            if (prompt.EstimatedInputTokens <= maxInputTokens)
            {
                return prompt;
            }
        }
        return null;
    }
}
