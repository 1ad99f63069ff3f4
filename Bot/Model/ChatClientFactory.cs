using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using OpenAI;
using OpenAI.Chat;

namespace AllianceBot.Bot.Model;

/// <summary>
/// Builds the chat client for the configured provider: AzureOpenAIClient for an Azure OpenAI resource
/// (API key or an Entra ID token), the OpenAI library's OpenAIClient for OpenAI and compatible servers.
/// Both leave retries to <see cref="OpenAiModelClient"/>, which knows the time budget.
/// </summary>
internal static class ChatClientFactory
{
    /// <param name="credential">For Model:UseEntraId; DefaultAzureCredential when null.</param>
    /// <param name="httpClient">The HTTP client to send with (proxies, tests); the library's own when null.</param>
    public static ChatClient Create(ModelOptions options, TokenCredential? credential, HttpClient? httpClient, out Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.EffectiveProvider == ModelProvider.AzureOpenAI)
        {
            endpoint = AzureResourceEndpoint(new Uri(options.Endpoint!));
            if (options.UseEntraId && endpoint.Scheme != Uri.UriSchemeHttps)
            {
                // The validator says so at start; this is for callers that skip it, since Azure.AI.OpenAI 2.1.0
                // would send the token over plain http.
                throw new InvalidOperationException("Model:UseEntraId needs an https Model:Endpoint; a token must not travel in clear text.");
            }
            var azureOptions = Configure(new AzureOpenAIClientOptions(), options, httpClient);
            var azure = options.UseEntraId
                // AZURE_CLIENT_ID (read by DefaultAzureCredential itself) selects a user-assigned managed identity.
                ? new AzureOpenAIClient(endpoint, credential ?? new Azure.Identity.DefaultAzureCredential(), azureOptions)
                : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey!), azureOptions);
            return azure.GetChatClient(options.Deployment!);
        }
        endpoint = new Uri(options.Endpoint!);
        var openAiOptions = Configure(new OpenAIClientOptions { Endpoint = endpoint }, options, httpClient);
        return new OpenAIClient(new ApiKeyCredential(options.ApiKey!), openAiOptions).GetChatClient(options.Deployment!);
    }

    /// <summary>
    /// AzureOpenAIClient wants the resource's root (https://&lt;resource&gt;.openai.azure.com/) and adds
    /// /openai/deployments/... itself; the v1 base URL that the plain client used is accepted too.
    /// </summary>
    internal static Uri AzureResourceEndpoint(Uri endpoint)
    {
        var path = endpoint.AbsolutePath.TrimEnd('/');
        foreach (var suffix in (string[])["/openai/v1", "/openai"])
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^suffix.Length];
                break;
            }
        }
        return new UriBuilder(endpoint) { Path = path + "/", Query = string.Empty }.Uri;
    }

    private static T Configure<T>(T clientOptions, ModelOptions options, HttpClient? httpClient) where T : ClientPipelineOptions
    {
        // Our own loop retries, because it knows the time budget and the library's does not.
        clientOptions.RetryPolicy = new ClientRetryPolicy(maxRetries: 0);
        // Our budget cancels first; this only backs it up.
        clientOptions.NetworkTimeout = options.Timeout + TimeSpan.FromSeconds(1);
        if (httpClient is not null)
        {
            clientOptions.Transport = new HttpClientPipelineTransport(httpClient);
        }
        return clientOptions;
    }
}
