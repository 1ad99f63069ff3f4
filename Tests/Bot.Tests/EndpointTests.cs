using System.Net;
using System.Text;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests;

public sealed class EndpointTests : IAsyncLifetime
{
    private readonly TestBot _bot = new();
    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _host = await BotTestHost.StartAsync(_bot);
        _bot.State = _host.Services.GetRequiredService<ConversationState>();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400WithProblemDetails()
    {
        var response = await PostRawAsync("{\"type\": \"message\", ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":400", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_bot.Seen);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Returns413()
    {
        var activity = TestActivities.Message(new string('x', 300 * 1024), _connector.ServiceUrl);

        var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_bot.Seen);
    }

    [Fact]
    public async Task Post_ChunkedBodyOver256KB_Returns413()
    {
        var json = "{\"type\":\"message\",\"text\":\"" + new string('y', 300 * 1024) + "\"}";
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoType_Returns400()
    {
        var activity = TestActivities.Message("hi", _connector.ServiceUrl);
        activity.Type = null;

        var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_NoConversation_Returns400()
    {
        var activity = TestActivities.Message("hi", _connector.ServiceUrl);
        activity.Conversation = null;

        var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Seen);
    }

    [Fact]
    public async Task Post_UnknownType_Returns200AndIsIgnored()
    {
        var activity = TestActivities.Message("hi", _connector.ServiceUrl);
        activity.Type = "somethingNew";

        var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Seen);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_DeeplyNestedJson_Returns400()
    {
        var nested = new string('[', 5000) + new string(']', 5000);

        var response = await PostRawAsync("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"channelData\":" + nested + "}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Seen);
    }

    [Fact]
    public async Task Post_JsonArrayInsteadOfObject_Returns400()
    {
        var response = await PostRawAsync("[1,2,3]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownPropertiesInActivity_ReachTheBotIntact()
    {
        var response = await PostRawAsync($$$"""
            {"type":"message","id":"m-x","text":"hi","channelId":"msteams","serviceUrl":"{{{_connector.ServiceUrl}}}",
             "from":{"id":"29:u","aadObjectId":"aad-9"},"recipient":{"id":"28:b"},
             "conversation":{"id":"c-x","conversationType":"personal","tenantId":"t"},
             "futureField":{"nested":[1,2]},"channelData":{"tenant":{"id":"t"},"extra":true}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = Assert.Single(_bot.Seen);
        Assert.Equal("[1,2]", seen.Properties!["futureField"].GetProperty("nested").GetRawText());
        Assert.Equal("t", seen.TenantId());
    }

    [Fact]
    public async Task Post_InvokeWithResponse_ReturnsTheBotsInvokeResponse()
    {
        _bot.InvokeAnswer = new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "done" });

        var response = await _host.PostAsync(TestActivities.Invoke(_connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"value\":\"done\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvokeWithStatusOnly_ReturnsThatStatusWithEmptyBody()
    {
        _bot.InvokeAnswer = new InvokeResponse(200);

        var response = await _host.PostAsync(TestActivities.Invoke(_connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_InvokeWithoutResponse_Returns501()
    {
        var response = await _host.PostAsync(TestActivities.Invoke(_connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(_bot.Seen);
    }

    [Fact]
    public async Task Post_AnonymousModeWithRemoteServiceUrl_Returns401()
    {
        var activity = TestActivities.Message("hi", "https://smba.trafficmanager.net/amer/");

        var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Seen);
    }

    [Fact]
    public async Task Healthz_Always_Returns200()
    {
        var response = await _host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_StorageAnswers_Returns200()
    {
        var response = await _host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_StorageDown_Returns503()
    {
        await using var host = await BotTestHost.StartAsync(new TestBot(), stores: new BotStores(new FlakyStorage { Down = true }, new MemoryStorage()));

        var response = await host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostRawAsync(string json)
        => _host.Client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
}
