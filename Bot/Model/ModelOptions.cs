namespace AllianceBot.Bot.Model;

/// <summary>
/// Section "Model". Leave Endpoint and Deployment empty to run offline only. The endpoint is an Azure
/// OpenAI resource (https://&lt;resource&gt;.openai.azure.com/), or an OpenAI-compatible base URL:
/// https://api.openai.com/v1/, or a local server (http://127.0.0.1:11434/v1/ for Ollama).
/// </summary>
public sealed record ModelOptions
{
    public const string Section = "Model";

    public string? Endpoint { get; init; }

    /// <summary>Which client talks to the endpoint; when unset, AzureOpenAI for an Azure host (see <see cref="EffectiveProvider"/>), otherwise OpenAI.</summary>
    public ModelProvider? Provider { get; init; }

    /// <summary>The Azure deployment name, or the model name for OpenAI and local servers.</summary>
    public string? Deployment { get; init; }

    public string? ApiKey { get; init; }

    /// <summary>Use an Entra ID token (managed identity, az login, ...) instead of a key; Azure OpenAI only.</summary>
    public bool UseEntraId { get; init; }

    /// <summary>The whole budget of one enrichment, retries and waits included.</summary>
    public double TimeoutSeconds { get; init; } = 20;

    public int MaxRetries { get; init; } = 2;

    /// <summary>Per call (max_completion_tokens).</summary>
    public int MaxOutputTokens { get; init; } = 800;

    /// <summary>Estimated input plus MaxOutputTokens for one call; passages are trimmed to fit, or the call is skipped.</summary>
    public int MaxTokensPerDebrief { get; init; } = 6000;

    /// <summary>How many model calls the background queue runs at once.</summary>
    public int MaxConcurrentCalls { get; init; } = 4;

    /// <summary>Queued enrichments beyond this are skipped (the offline result stands) rather than delaying a turn.</summary>
    public int QueueCapacity { get; init; } = 100;

    /// <summary>
    /// How long a question's turn waits for the model before the offline answer goes out. Short, because
    /// the practitioner is watching the typing indicator; the debrief follow-up uses TimeoutSeconds.
    /// </summary>
    public double QuestionBudgetSeconds { get; init; } = 8;

    public TimeSpan QuestionBudget => TimeSpan.FromSeconds(QuestionBudgetSeconds);

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment);

    /// <summary>Provider as set, or inferred from the endpoint's host: Azure OpenAI and AI Foundry resources are Azure.</summary>
    public ModelProvider EffectiveProvider => Provider ?? (IsAzureHost(Endpoint) ? ModelProvider.AzureOpenAI : ModelProvider.OpenAI);

    public int MaxInputTokens => MaxTokensPerDebrief - MaxOutputTokens;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public string AuthMode => UseEntraId ? "EntraId" : string.IsNullOrEmpty(ApiKey) ? "None" : "ApiKey";

    private static bool IsAzureHost(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
        && (uri.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".cognitiveservices.azure.com", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".services.ai.azure.com", StringComparison.OrdinalIgnoreCase));

    // Records print every property by default; this one must never print the key.
    public override string ToString() =>
        $"ModelOptions {{ Provider = {EffectiveProvider}, Endpoint = {Endpoint}, Deployment = {Deployment}, Auth = {AuthMode}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, " +
        $"TimeoutSeconds = {TimeoutSeconds}, MaxRetries = {MaxRetries}, MaxOutputTokens = {MaxOutputTokens}, MaxTokensPerDebrief = {MaxTokensPerDebrief} }}";
}
