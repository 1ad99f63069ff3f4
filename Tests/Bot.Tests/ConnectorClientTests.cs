using System.Net;
using AllianceBot.Bot.Connector;
using AllianceBot.Bot.Hosting;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Tests;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private LoopbackConnector _connector = null!;
    private ServiceProvider _services = null!;
    private ConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _services = CreateServices(new FixedTokenProvider("tok"));
        _client = _services.GetRequiredService<ConnectorClientFactory>().Create();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_429Then503Then200_DeliveredOnceAfterRetries()
    {
        _connector.Script(429, "1");
        _connector.Script(503);

        var response = await _client.SendToConversationAsync(_connector.ServiceUrl, "conv", Activity.CreateMessage("one"), default);
        await _client.SendToConversationAsync(_connector.ServiceUrl, "conv", Activity.CreateMessage("two"), default);

        Assert.Equal("act-1", response.Id);
        Assert.Equal([429, 503, 200, 200], _connector.Requests.Select(r => r.Status));
        Assert.Equal(["one", "two"], _connector.Delivered.Select(a => a.Text));
    }

    [Fact]
    public async Task Send_RetryAfterSeconds_WaitsAtLeastThatLong()
    {
        _connector.Script(429, "1");
        var started = DateTime.UtcNow;

        await _client.SendToConversationAsync(_connector.ServiceUrl, "conv", Activity.CreateMessage("x"), default);

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Send_AlwaysFailing_GivesUpAfterFourTriesWithConnectorException()
    {
        for (var i = 0; i < 6; i++)
        {
            _connector.Script(500);
        }

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(_connector.ServiceUrl, "conv", Activity.CreateMessage("x"), default));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.Status);
        Assert.Equal(4, _connector.Requests.Count);
    }

    [Fact]
    public async Task Send_400_IsNotRetried()
    {
        _connector.Script(400);

        await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(_connector.ServiceUrl, "conv", Activity.CreateMessage("x"), default));

        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Reply_IdsWithReservedCharacters_AreEscapedInThePath()
    {
        await _client.ReplyToActivityAsync(_connector.ServiceUrl, "a:1;messageid=2/x", "f:3;4/5", Activity.CreateMessage("x"), default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1%3Bmessageid%3D2%2Fx/activities/f%3A3%3B4%2F5", request.RawTarget);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_ServiceUrlWithOrWithoutTrailingSlash_KeepsItsPath(bool trailingSlash)
    {
        var serviceUrl = trailingSlash ? _connector.ServiceUrl : _connector.ServiceUrl.TrimEnd('/');

        await _client.SendToConversationAsync(serviceUrl, "c", Activity.CreateMessage("x"), default);

        Assert.Equal("/amer/v3/conversations/c/activities", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Update_PutsToTheActivity()
    {
        await _client.UpdateActivityAsync(_connector.ServiceUrl, "c", "act 9", Activity.CreateMessage("new"), default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/amer/v3/conversations/c/activities/act%209", request.RawTarget);
    }

    [Fact]
    public async Task Delete_DeletesTheActivity()
    {
        await _client.DeleteActivityAsync(_connector.ServiceUrl, "c", "act-1", default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/amer/v3/conversations/c/activities/act-1", request.RawTarget);
    }

    [Fact]
    public async Task CreateConversation_PostsParameters_ReturnsConversationId()
    {
        var created = await _client.CreateConversationAsync(_connector.ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "aad-1" }],
            TenantId = "t-1",
        }, default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("/amer/v3/conversations", request.RawTarget);
        Assert.Contains("\"isGroup\":false", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"tenantId\":\"t-1\"", request.Body, StringComparison.Ordinal);
        Assert.StartsWith("a:created-", created.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_WithToken_CarriesBearerOnEveryAttempt()
    {
        _connector.Script(503);

        await _client.SendToConversationAsync(_connector.ServiceUrl, "c", Activity.CreateMessage("x"), default);

        Assert.All(_connector.Requests, r => Assert.Equal("Bearer tok", r.Authorization));
    }

    [Fact]
    public async Task Send_NoAppId_SendsNoAuthorizationHeader()
    {
        await using var services = CreateServices(tokens: null);
        var client = services.GetRequiredService<ConnectorClientFactory>().Create();

        await client.SendToConversationAsync(_connector.ServiceUrl, "c", Activity.CreateMessage("x"), default);

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public void RetryAfter_HttpDate_IsTheTimeUntilThatDate()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new(now.AddSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorRetryHandler.RetryAfter(response, now));
    }

    [Fact]
    public async Task TokenProvider_CachesUntilFiveMinutesBeforeExpiry()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        var credential = new CountingCredential(time);
        var provider = new EntraBotTokenProvider(credential, "https://api.botframework.com/.default", time);

        var first = await provider.GetTokenAsync(default);
        time.Advance(TimeSpan.FromMinutes(50));
        var cached = await provider.GetTokenAsync(default);
        time.Advance(TimeSpan.FromMinutes(6));
        var renewed = await provider.GetTokenAsync(default);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", cached);
        Assert.Equal("token-2", renewed);
        Assert.Equal(["https://api.botframework.com/.default", "https://api.botframework.com/.default"], credential.Scopes);
    }

    [Fact]
    public async Task TokenProvider_NoAppId_ReturnsNull()
    {
        var provider = new EntraBotTokenProvider(Options.Create(new BotIdentityOptions()), Options.Create(new BotFrameworkOptions()), TimeProvider.System);

        Assert.Null(await provider.GetTokenAsync(default));
    }

    private static ServiceProvider CreateServices(IBotTokenProvider? tokens)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.Configure<BotFrameworkOptions>(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(10));
        services.AddSingleton(tokens ?? new EntraBotTokenProvider(null, "scope", TimeProvider.System));
        services.AddTransient<ConnectorRetryHandler>();
        services.AddTransient<BotTokenHandler>();
        services.AddHttpClient(ConnectorClientFactory.HttpClientName).AddHttpMessageHandler<ConnectorRetryHandler>().AddHttpMessageHandler<BotTokenHandler>();
        services.AddSingleton<ConnectorClientFactory>();
        return services.BuildServiceProvider();
    }
}
