using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests.Faults;

/// <summary>The channel throttles (429 with Retry-After) and fails (503): every reply still arrives once, in order.</summary>
public sealed class ConnectorThrottlingTests : IAsyncLifetime
{
    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _host = await BotTestHost.StartAsync(new ThreeReplies());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Replies_Connector429ThenRetryAfterThen503_EachDeliveredOnceInOrder()
    {
        _connector.Script(429, "1");
        _connector.Script(503);
        _connector.Script(200);
        _connector.Script(429, "0");
        _connector.Script(503);

        var response = await _host.PostAsync(TestActivities.Message("go", _connector.ServiceUrl));

        Assert.True(response.IsSuccessStatusCode);
        var delivered = await _connector.WaitForMessagesAsync(3);
        Assert.Equal(["one", "two", "three"], delivered.Select(m => m.Text));
        Assert.Equal(7, _connector.Requests.Count);
    }

    [Fact]
    public async Task Replies_RetryAfterOneSecond_WaitsAtLeastThatLong()
    {
        _connector.Script(429, "1");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await _host.PostAsync(TestActivities.Message("go", _connector.ServiceUrl));
        await _connector.WaitForMessagesAsync(3);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"Retried after {clock.ElapsedMilliseconds} ms, before Retry-After.");
    }

    private sealed class ThreeReplies : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            foreach (var text in new[] { "one", "two", "three" })
            {
                await turnContext.SendActivityAsync(text, cancellationToken);
            }
        }
    }
}
