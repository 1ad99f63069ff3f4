using System.Net;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.State;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests;

/// <summary>Single-tenant bots also accept tokens issued by their own Entra tenant (second metadata URL).</summary>
public sealed class SingleTenantAuthTests : IAsyncLifetime
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private readonly TestBot _bot = new();
    private LoopbackConnector _connector = null!;
    private OpenIdTestServer _openId = null!;
    private BotTestHost _host = null!;
    private TestSigningKey _key = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _openId = await OpenIdTestServer.StartAsync();
        _key = _openId.Publish("entra-key");
        _host = await BotTestHost.StartAsync(_bot, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestActivities.AppId,
            ["MicrosoftAppPassword"] = "unused",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = Tenant,
            ["BotFramework:OpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["BotFramework:TenantOpenIdMetadataUrl"] = _openId.MetadataUrl,
        }, configure: s => s.AddSingleton<Connector.IBotTokenProvider>(new FixedTokenProvider("tok")));
        _bot.State = _host.Services.GetRequiredService<ConversationState>();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _openId.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + Tenant + "/")]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0")]
    public async Task Post_TokenFromOwnTenant_Returns200(string issuer)
    {
        var token = OpenIdTestServer.MintToken(_key, TestActivities.AppId, _connector.ServiceUrl, issuer);

        var response = await _host.PostAsync(TestActivities.Message("hi", _connector.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Seen);
    }

    [Fact]
    public async Task Post_TokenFromAnotherTenant_Returns401()
    {
        var token = OpenIdTestServer.MintToken(_key, TestActivities.AppId, _connector.ServiceUrl, "https://sts.windows.net/99999999-0000-0000-0000-000000000000/");

        var response = await _host.PostAsync(TestActivities.Message("hi", _connector.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Seen);
    }

    [Fact]
    public async Task Post_BotFrameworkTokenWithoutEndorsement_Returns401()
    {
        var token = OpenIdTestServer.MintToken(_key, TestActivities.AppId, _connector.ServiceUrl);

        var response = await _host.PostAsync(TestActivities.Message("hi", _connector.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
