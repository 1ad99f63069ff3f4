using System.ClientModel;
using System.ClientModel.Primitives;
using AllianceBot.Bot.Model;
using AllianceBot.Prompts.Enrichment;
using AllianceBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Model.Tests;

public sealed class EntraIdTests
{
    [Fact]
    public async Task EnrichAsync_UseEntraIdOverHttp_RefusedByLibraryAndReturnsNull()
    {
        // Why the validator insists on https for Entra ID: the library will not send a token in clear text.
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()));
        var options = Options.Create(new ModelOptions { Endpoint = server.V1Endpoint.ToString(), Deployment = "gpt-4o-mini", UseEntraId = true });
        var client = new OpenAiModelClient(options, NullLogger<OpenAiModelClient>.Instance, tokenProvider: new StaticTokenProvider("t"));
        var enricher = new ModelDebriefEnricher(client, options, NullLogger<ModelDebriefEnricher>.Instance);

        Assert.Null(await enricher.EnrichAsync(TestData.Request(), CancellationToken.None));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task EnrichAsync_UseEntraId_SendsTokenForCognitiveServicesScope()
    {
        await using var server = await FakeOpenAiServer.StartAsync(https: true);
        using var http = server.CreateHttpClient();
        server.Enqueue(FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()));
        var tokens = new StaticTokenProvider("entra-token-abc");
        var options = Options.Create(new ModelOptions { Endpoint = server.AzureV1Endpoint.ToString(), Deployment = "gpt-4o-mini", UseEntraId = true });
        var client = new OpenAiModelClient(options, NullLogger<OpenAiModelClient>.Instance, tokenProvider: tokens, httpClient: http);
        var enricher = new ModelDebriefEnricher(client, options, NullLogger<ModelDebriefEnricher>.Instance);

        var result = await enricher.EnrichAsync(TestData.Request(), CancellationToken.None);

        Assert.NotNull(result);
        Assert.Equal("Bearer entra-token-abc", Assert.Single(server.Requests).Header("Authorization"));
        Assert.Equal([OpenAiModelClient.EntraScope], tokens.RequestedScopes);
    }

    private sealed class StaticTokenProvider(string token) : AuthenticationTokenProvider
    {
        public List<string> RequestedScopes { get; } = [];

        public override GetTokenOptions? CreateTokenOptions(IReadOnlyDictionary<string, object> properties) => new(properties);

        public override AuthenticationToken GetToken(GetTokenOptions options, CancellationToken cancellationToken)
        {
            switch (options.Properties.GetValueOrDefault(GetTokenOptions.ScopesPropertyName))
            {
                case ReadOnlyMemory<string> memory:
                    RequestedScopes.AddRange(memory.ToArray());
                    break;
                case IEnumerable<string> list:
                    RequestedScopes.AddRange(list);
                    break;
            }
            return new AuthenticationToken(token, "Bearer", DateTimeOffset.UtcNow.AddHours(1), null);
        }

        public override ValueTask<AuthenticationToken> GetTokenAsync(GetTokenOptions options, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(options, cancellationToken));
    }
}
