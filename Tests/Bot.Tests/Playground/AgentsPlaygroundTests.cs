using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using AllianceBot.Bot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AllianceBot.Bot.Tests.Playground;

/// <summary>
/// End to end with Microsoft's own client: the bot (no app id, as the Playground sends no token) on
/// a loopback port, the Agents Playground in front of it, driven through its web UI in Debian's
/// headless Chromium and through its HTTP/WebSocket API.
/// </summary>
[Collection(nameof(AgentsPlaygroundCollection))]
public sealed class AgentsPlaygroundTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private BotTestHost _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync(bot: null, realBot: true);
        _playground = await AgentsPlayground.StartAsync(_bot.MessagesUrl);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task PlaygroundApi_UserMessage_BotAnswerStreamsBack()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_playground.BaseUrl) };
        using var config = JsonDocument.Parse(await http.GetStringAsync("/_internal/v1/config"));
        var chatId = config.RootElement.GetProperty("config").GetProperty("personalChat").GetProperty("id").GetString()!;
        var userId = config.RootElement.GetProperty("config").GetProperty("currentUser").GetProperty("id").GetString()!;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{_playground.Port}/_ws_conversation/v1/conversations/stream"), default);

        var post = await http.PostAsJsonAsync($"/_conversation/v1/conversations/{Uri.EscapeDataString(chatId)}/messages",
            new { text = "what does P8 ask of me?", textFormat = "plain", from = new { id = userId } });

        Assert.True(post.IsSuccessStatusCode, await post.Content.ReadAsStringAsync());
        var frame = await ReceiveUntilAsync(socket, f => f.Contains("P8", StringComparison.Ordinal) && f.Contains("follow-up", StringComparison.OrdinalIgnoreCase), TimeSpan.FromSeconds(20));
        Assert.Contains("P8", frame, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaygroundUi_TypeMessage_BotAnswerShownOnPage()
    {
        await using var session = await BrowserChat.OpenAsync(Chromium, _playground.BaseUrl);

        await session.SayAsync("debrief", "Client and session?");
        await session.SayAsync("C-104", "When was it?");

        var screenshot = await session.ScreenshotAsync("agents-playground-chat.png");
        output.WriteLine($"Screenshot: {screenshot}; blocked outside hosts: {string.Join(", ", session.BlockedHosts)}");
        Assert.True(await session.IsVisibleAsync("Let's debrief"));
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    [Fact]
    public async Task PlaygroundUi_CrisisMidDebrief_GuidanceShownThenDebriefFinished()
    {
        await using var session = await BrowserChat.OpenAsync(Chromium, _playground.BaseUrl);

        await session.SayAsync("debrief", "Client and session?");
        await session.SayAsync("C-104", "When was it?");
        await session.SayAsync("today", "ongoing or closing");
        await session.SayAsync("ongoing", "In person, video or phone?");
        await session.SayAsync("in person", "What happened?");
        await session.SayAsync("We reviewed the job search plan and agreed the next step together.", "1 (not at all) to 5");
        // Mid-debrief, at the ratings step: guidance first, the debrief kept, the same step asked again.
        await session.SayAsync("She told me she has been saving her pills and plans to take them all tonight.", "Your debrief is kept");
        Assert.True(await session.CountAsync("Safety first") >= 1);
        Assert.True(await session.CountAsync("9-8-8") >= 1);
        await session.SayAsync("4 4 4", "What did you do?");
        await session.SayAsync("1", "Boundary check");
        await session.SayAsync("none", null);
        for (var i = 0; i < 6 && await session.CountAsync("Save it?") == 0; i++)
        {
            await session.SayAsync("skip", null);
        }
        await session.SayAsync("confirm", "Saved as");

        output.WriteLine($"Screenshot: {await session.ScreenshotAsync("agents-playground-crisis.png")}");
    }

    private static async Task<string> ReceiveUntilAsync(ClientWebSocket socket, Func<string, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        var seen = new List<string>();
        try
        {
            while (true)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cts.Token);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                var text = Encoding.UTF8.GetString(frame.ToArray());
                seen.Add(text);
                if (match(text))
                {
                    return text;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("No matching frame from the Playground stream. Frames: " + string.Join("\n", seen));
            throw;
        }
    }
}

/// <summary>The browser test runs alone: a loaded machine makes a headless Chromium slow enough to time out.</summary>
[CollectionDefinition(nameof(AgentsPlaygroundCollection), DisableParallelization = true)]
public sealed class AgentsPlaygroundCollection;
