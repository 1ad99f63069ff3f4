using System.Net;
using System.Text.Json;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests.Faults;

/// <summary>Teams redelivers when it thinks a delivery failed; every kind of activity must run once, however the copies arrive.</summary>
public sealed class DuplicateDeliveryTests : IAsyncLifetime
{
    private readonly TestBot _bot = new() { InvokeAnswer = new InvokeResponse(200, JsonSerializer.SerializeToElement(new { ok = true })) };
    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;

    public static TheoryData<string> Kinds => ["message", "cardSubmit", "conversationUpdate", "installationUpdate", "invoke"];

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

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Post_SameActivityTwiceInARow_ProcessedOnce(string kind)
    {
        var activity = Create(kind, "a:dup-seq-" + kind);

        var first = await _host.PostAsync(activity);
        var second = await _host.PostAsync(activity);

        Assert.True(first.IsSuccessStatusCode, $"first: {(int)first.StatusCode}");
        Assert.True(second.IsSuccessStatusCode, $"second: {(int)second.StatusCode}");
        await AssertProcessedOnceAsync(kind, activity);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Post_SameActivityThreeTimesAtOnce_ProcessedOnce(string kind)
    {
        var activity = Create(kind, "a:dup-par-" + kind);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _host.PostAsync(activity)));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        await AssertProcessedOnceAsync(kind, activity);
    }

    private async Task AssertProcessedOnceAsync(string kind, Activity activity)
    {
        // Give a wrongly accepted second copy the time to show up before counting.
        await Task.Delay(300);
        Assert.Single(_bot.Seen, a => a.Id == activity.Id);
        var replies = _connector.Delivered.Where(a => a.Conversation?.Id == activity.Conversation!.Id).ToList();
        var expectedReplies = kind is "message" or "cardSubmit" or "conversationUpdate" ? 1 : 0;
        Assert.Equal(expectedReplies, replies.Count);
        if (kind is "message" or "cardSubmit")
        {
            Assert.StartsWith("echo 1:", replies[0].Text, StringComparison.Ordinal);
        }
    }

    private Activity Create(string kind, string conversationId)
    {
        var url = _connector.ServiceUrl;
        switch (kind)
        {
            case "message":
                return TestActivities.Message("hello", url, conversationId);
            case "cardSubmit":
                var submit = TestActivities.Message("", url, conversationId);
                submit.Text = null;
                submit.Value = JsonSerializer.SerializeToElement(new { action = "save", clientCode = "C-1" });
                return submit;
            case "conversationUpdate":
                return TestActivities.MembersAdded(url, conversationId);
            case "installationUpdate":
                var install = TestActivities.Message("", url, conversationId);
                install.Type = ActivityTypes.InstallationUpdate;
                install.Text = null;
                install.Action = "add";
                return install;
            default:
                var invoke = TestActivities.Invoke(url);
                invoke.Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" };
                return invoke;
        }
    }
}
