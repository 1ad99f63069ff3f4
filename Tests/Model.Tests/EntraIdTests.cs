using AllianceBot.Bot.Model;
using AllianceBot.TestKit;
using Azure.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Model.Tests;

/// <summary>Model:UseEntraId: AzureOpenAIClient with an Azure.Identity credential (DefaultAzureCredential in production).</summary>
public sealed class EntraIdTests
{
    [Fact]
    public async Task Constructor_UseEntraIdOverHttp_RefusedBeforeAnyTokenLeaves()
    {
        // Azure.AI.OpenAI 2.1.0 itself would send the token over plain http (seen here before the factory refused):
        // the validator and the factory both insist on https.
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()));
        var credential = new StaticCredential("clear-text-token");
        var options = Options.Create(new ModelOptions
        {
            Provider = ModelProvider.AzureOpenAI, Endpoint = server.AzureResourceEndpoint.ToString(), Deployment = "gpt-4o-mini", UseEntraId = true,
        });

        var error = Assert.Throws<InvalidOperationException>(() => new OpenAiModelClient(options, NullLogger<OpenAiModelClient>.Instance, credential: credential));

        Assert.Contains("https", error.Message, StringComparison.Ordinal);
        Assert.Empty(credential.RequestedScopes);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EnrichAsync_UseEntraId_SendsTokenForCognitiveServicesScope(bool v1StyleEndpoint)
    {
        await using var server = await FakeOpenAiServer.StartAsync(https: true);
        using var http = server.CreateHttpClient();
        server.Enqueue(FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()));
        var credential = new StaticCredential("entra-token-abc");
        // The v1 base URL that the plain client used still works: the factory takes the resource root from it.
        var endpoint = v1StyleEndpoint ? server.AzureV1Endpoint : server.AzureResourceEndpoint;
        var options = Options.Create(new ModelOptions
        {
            Provider = ModelProvider.AzureOpenAI, Endpoint = endpoint.ToString(), Deployment = "gpt-4o-mini", UseEntraId = true,
        });
        var client = new OpenAiModelClient(options, NullLogger<OpenAiModelClient>.Instance, credential: credential, httpClient: http);
        var enricher = new ModelDebriefEnricher(client, options, NullLogger<ModelDebriefEnricher>.Instance);

        var result = await enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.NotNull(result);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/gpt-4o-mini/chat/completions", request.Path);
        Assert.Equal("Bearer entra-token-abc", request.Header("Authorization"));
        Assert.Null(request.Header("api-key"));
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.RequestedScopes.Distinct());
    }

    [Theory]
    [InlineData("https://contoso.openai.azure.com/", "https://contoso.openai.azure.com/")]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", "https://contoso.openai.azure.com/")]
    [InlineData("https://contoso.openai.azure.com/openai", "https://contoso.openai.azure.com/")]
    [InlineData("https://gateway.example.org/aoai/openai/v1/", "https://gateway.example.org/aoai/")]
    public void AzureResourceEndpoint_StripsTheV1Path(string configured, string expected) =>
        Assert.Equal(expected, ChatClientFactory.AzureResourceEndpoint(new Uri(configured)).ToString());

    private sealed class StaticCredential(string token) : TokenCredential
    {
        public List<string> RequestedScopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (RequestedScopes)
            {
                RequestedScopes.AddRange(requestContext.Scopes);
            }
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
