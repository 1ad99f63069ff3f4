using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Model;

/// <summary>Fails the start with a message that says which key to fix; never echoes the key itself.</summary>
public sealed class ModelOptionsValidator : IValidateOptions<ModelOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelOptions options)
    {
        var hasEndpoint = !string.IsNullOrWhiteSpace(options.Endpoint);
        var hasDeployment = !string.IsNullOrWhiteSpace(options.Deployment);
        if (!hasEndpoint && !hasDeployment)
        {
            return ValidateOptionsResult.Success; // offline only
        }
        var errors = new List<string>();
        if (hasEndpoint != hasDeployment)
        {
            errors.Add("Model:Endpoint and Model:Deployment must be set together (leave both empty to run offline only).");
        }
        Uri? uri = null;
        if (hasEndpoint && !IsHttpUri(options.Endpoint!, out uri))
        {
            errors.Add("Model:Endpoint must be an absolute http or https URI, e.g. https://<resource>.openai.azure.com/openai/v1/.");
        }
        else if (hasEndpoint && options.UseEntraId && uri!.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add("Model:UseEntraId needs an https Model:Endpoint; a token must not travel in clear text.");
        }
        if (hasEndpoint && options.UseEntraId && options.EffectiveProvider != ModelProvider.AzureOpenAI)
        {
            errors.Add("Model:UseEntraId needs Model:Provider AzureOpenAI (an Entra ID token is for Azure OpenAI; OpenAI-compatible servers take Model:ApiKey).");
        }
        var hasKey = !string.IsNullOrWhiteSpace(options.ApiKey);
        if (hasKey && options.UseEntraId)
        {
            errors.Add("Set either Model:ApiKey or Model:UseEntraId=true, not both.");
        }
        if (!hasKey && !options.UseEntraId)
        {
            errors.Add("Set Model:ApiKey (any placeholder such as \"local\" for Ollama or llama.cpp) or Model:UseEntraId=true.");
        }
        if (options.TimeoutSeconds is <= 0 or > 120)
        {
            errors.Add("Model:TimeoutSeconds must be more than 0 and at most 120.");
        }
        if (options.QuestionBudgetSeconds is <= 0 or > 60)
        {
            errors.Add("Model:QuestionBudgetSeconds must be more than 0 and at most 60.");
        }
        if (options.MaxRetries is < 0 or > 5)
        {
            errors.Add("Model:MaxRetries must be between 0 and 5.");
        }
        if (options.MaxOutputTokens is < 16 or > 16000)
        {
            errors.Add("Model:MaxOutputTokens must be between 16 and 16000.");
        }
        if (options.MaxTokensPerDebrief < options.MaxOutputTokens + 200)
        {
            errors.Add("Model:MaxTokensPerDebrief must leave at least 200 tokens of input above Model:MaxOutputTokens.");
        }
        if (options.MaxConcurrentCalls < 1 || options.QueueCapacity < 1)
        {
            errors.Add("Model:MaxConcurrentCalls and Model:QueueCapacity must be at least 1.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHttpUri(string value, out Uri? uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
