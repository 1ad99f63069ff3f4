using System.Net;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.State;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests;

/// <summary>Inbound JWT validation through the real endpoint, against a loopback OpenID metadata server.</summary>
public sealed partial class AuthTests : IAsyncLifetime
{
    private readonly TestBot _bot = new();
    private LoopbackConnector _connector = null!;
    private OpenIdTestServer _openId = null!;
    private BotTestHost _host = null!;
    private TestSigningKey _key = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _openId = await OpenIdTestServer.StartAsync();
        _key = _openId.Publish("key-1", "msteams", "emulator");
        _host = await BotTestHost.StartAsync(_bot, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestActivities.AppId,
            ["MicrosoftAppPassword"] = "not-used-in-these-tests",
            ["BotFramework:OpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["BotFramework:KeyRefreshInterval"] = "00:00:01",
        }, configure: s => s.AddSingleton<Connector.IBotTokenProvider>(new FixedTokenProvider("outbound-token")));
        _bot.State = _host.Services.GetRequiredService<ConversationState>();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _openId.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Post_ValidToken_Returns200AndBotRuns()
    {
        var token = OpenIdTestServer.MintToken(_key, TestActivities.AppId, _connector.ServiceUrl);

        var response = await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Seen);
        var reply = Assert.Single(await _connector.WaitForMessagesAsync(1));
        Assert.Equal("echo 1: hello", reply.Text);
        Assert.Equal("Bearer outbound-token", _connector.Requests[^1].Authorization);
    }

    [Fact]
    public async Task Post_MissingAuthorizationHeader_Returns401AndBotNeverRuns()
    {
        var response = await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl));

        await AssertRejectedAsync(response, "no bearer token");
    }

    [Fact]
    public async Task Post_ExpiredToken_Returns401()
    {
        var token = OpenIdTestServer.MintToken(_key, TestActivities.AppId, _connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-10));

        await AssertRejectedAsync(await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl), token), "Expired");
    }

    [Fact]
    public async Task Post_TokenExpiredWithinSkew_Returns200()
    {
        var token = OpenIdTestServer.MintToken(_key, TestActivities.AppId, _connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-2));

        var response = await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongAudience_Returns401()
    {
        var token = OpenIdTestServer.MintToken(_key, "another-bot", _connector.ServiceUrl);

        await AssertRejectedAsync(await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl), token), "Audience");
    }

    [Fact]
    public async Task Post_WrongIssuer_Returns401()
    {
        var token = OpenIdTestServer.MintToken(_key, TestActivities.AppId, _connector.ServiceUrl, issuer: "https://evil.example.com");

        await AssertRejectedAsync(await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl), token), "issuer not trusted");
    }

    [Fact]
    public async Task Post_SignedByUnpublishedKeyWithKnownKid_Returns401()
    {
        var impostor = OpenIdTestServer.CreateKey("key-1", "msteams");
        var token = OpenIdTestServer.MintToken(impostor, TestActivities.AppId, _connector.ServiceUrl);

        await AssertRejectedAsync(await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl), token), "Signature");
    }

    [Fact]
    public async Task Post_UnknownKidThenKeyRotation_PicksUpNewKeyAfterRefresh()
    {
        var warmUp = OpenIdTestServer.MintToken(_key, TestActivities.AppId, _connector.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(TestActivities.Message("one", _connector.ServiceUrl), warmUp)).StatusCode);
        var rotated = OpenIdTestServer.CreateKey("key-2", "msteams");
        var early = OpenIdTestServer.MintToken(rotated, TestActivities.AppId, _connector.ServiceUrl);

        var beforePublish = await _host.PostAsync(TestActivities.Message("two", _connector.ServiceUrl), early);
        _openId.Publish(rotated);
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var afterPublish = await _host.PostAsync(TestActivities.Message("three", _connector.ServiceUrl), early);

        Assert.Equal(HttpStatusCode.Unauthorized, beforePublish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterPublish.StatusCode);
        Assert.Equal(["one", "three"], _bot.Seen.Select(a => a.Text));
    }

    [Fact]
    public async Task Post_KeyNotEndorsedForChannel_Returns401()
    {
        var webchatOnly = _openId.Publish("key-webchat", "webchat");
        var token = OpenIdTestServer.MintToken(webchatOnly, TestActivities.AppId, _connector.ServiceUrl);

        await AssertRejectedAsync(await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl), token), "not endorsed");
    }

    [Fact]
    public async Task Post_ServiceUrlClaimMismatch_Returns401AndNothingIsSentAnywhere()
    {
        var token = OpenIdTestServer.MintToken(_key, TestActivities.AppId, "https://smba.trafficmanager.net/amer/");

        await AssertRejectedAsync(await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl), token), "serviceurl claim");
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_NotABearerToken_Returns401()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(TestActivities.Message("hi", _connector.ServiceUrl), options: Dialogs.Schema.BotJson.Options),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz");

        await AssertRejectedAsync(await _host.Client.SendAsync(request), "no bearer token");
    }

    [Fact]
    public async Task Post_UnsignedToken_Returns401()
    {
        var header = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("{\"alg\":\"none\",\"kid\":\"key-1\"}");
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(
            $"{{\"iss\":\"https://api.botframework.com\",\"aud\":\"{TestActivities.AppId}\",\"exp\":{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()},\"serviceurl\":\"{_connector.ServiceUrl}\"}}");

        await AssertRejectedAsync(await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl), $"{header}.{payload}."), "algorithm not allowed");
    }

    private async Task AssertRejectedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(50);
        Assert.Empty(_bot.Seen);
        Assert.Contains(_host.Logs.Lines, l => l.Contains("Unauthorized activity", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));
    }
}
