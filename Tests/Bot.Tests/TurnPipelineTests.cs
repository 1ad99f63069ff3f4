using System.Net;
using AllianceBot.Bot.Adapter;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using AllianceBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests;

/// <summary>The turn pipeline through the real endpoint: conversation, de-duplication, serialization, conflicts, outages, errors.</summary>
public sealed class TurnPipelineTests : IAsyncLifetime
{
    private readonly TestBot _bot = new();
    private readonly FlakyStorage _storage = new();
    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _host = await StartHostAsync(_bot, _storage);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Conversation_WelcomeThenThreeMessages_RepliesInOrderWithCountedState()
    {
        var welcome = await _host.PostAsync(TestActivities.MembersAdded(_connector.ServiceUrl));
        var messages = new[] { "I saw a client today", "We agreed on goals", "Done" }.Select(t => TestActivities.Message(t, _connector.ServiceUrl)).ToList();
        foreach (var message in messages)
        {
            Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(message)).StatusCode);
        }

        var replies = await _connector.WaitForMessagesAsync(4);
        Assert.Equal(HttpStatusCode.OK, welcome.StatusCode);
        Assert.Equal(["welcome", "echo 1: I saw a client today", "echo 2: We agreed on goals", "echo 3: Done"], replies.Select(r => r.Text));
        Assert.Equal(messages.Select(m => m.Id), replies.Skip(1).Select(r => r.ReplyToId));
        Assert.All(replies, r => Assert.Equal("28:" + TestActivities.AppId, r.From?.Id));
        Assert.All(replies, r => Assert.Equal("29:user-1", r.Recipient?.Id));
        Assert.EndsWith("/activities/" + Uri.EscapeDataString(messages[0].Id!), _connector.Requests[1].RawTarget, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("client today", StringComparison.Ordinal) || l.Contains("agreed on goals", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SameActivityTwice_ProcessedOnceBothAcknowledged()
    {
        var message = TestActivities.Message("hi", _connector.ServiceUrl);

        var first = await _host.PostAsync(message);
        var second = await _host.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, _bot.MessagesSeen);
        await Task.Delay(100);
        Assert.Single(_connector.DeliveredMessages);
    }

    [Fact]
    public async Task Post_RedeliveryToAnotherInstance_CaughtByStateAndNotProcessed()
    {
        var otherBot = new TestBot();
        await using var other = await StartHostAsync(otherBot, _storage);
        var message = TestActivities.Message("hi", _connector.ServiceUrl);

        await _host.PostAsync(message);
        var redelivered = await other.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(0, otherBot.MessagesSeen);
        Assert.Contains(other.Logs.Lines, l => l.Contains("caught in state", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_TwoQuickMessagesOneConversation_RunOneAfterTheOther()
    {
        _bot.Before = _ => Task.Delay(300);

        var both = await Task.WhenAll(
            _host.PostAsync(TestActivities.Message("a", _connector.ServiceUrl)),
            _host.PostAsync(TestActivities.Message("b", _connector.ServiceUrl)));

        Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, _bot.MaxConcurrent);
        var replies = await _connector.WaitForMessagesAsync(2);
        Assert.Equal(["echo 1", "echo 2"], replies.Select(r => r.Text![..6]).Order());
        Assert.Equal(0, _host.Services.GetRequiredService<ConversationLocks>().Count);
    }

    [Fact]
    public async Task Post_MessagesOfTwoConversations_RunInParallel()
    {
        var arrived = 0;
        var bothInside = new TaskCompletionSource();
        _bot.Before = async _ =>
        {
            if (Interlocked.Increment(ref arrived) == 2)
            {
                bothInside.TrySetResult();
            }
            // Serialized turns would never meet here.
            await bothInside.Task.WaitAsync(TimeSpan.FromSeconds(5));
        };

        await Task.WhenAll(
            _host.PostAsync(TestActivities.Message("a", _connector.ServiceUrl, conversationId: "conv-A")),
            _host.PostAsync(TestActivities.Message("b", _connector.ServiceUrl, conversationId: "conv-B")));

        Assert.Equal(2, _bot.MaxConcurrent);
        Assert.Equal(["echo 1: a", "echo 1: b"], (await _connector.WaitForMessagesAsync(2)).Select(r => r.Text).Order());
    }

    [Fact]
    public async Task Post_StateConflictOnSave_TurnRerunsOnFreshStateAndUserGetsOneAnswer()
    {
        await _host.PostAsync(TestActivities.Message("first", _connector.ServiceUrl));
        _storage.ConflictNext(1);

        await _host.PostAsync(TestActivities.Message("second", _connector.ServiceUrl));

        var replies = await _connector.WaitForMessagesAsync(2);
        await Task.Delay(100);
        Assert.Equal(["echo 1: first", "echo 2: second"], _connector.DeliveredMessages.Select(r => r.Text));
        Assert.Equal(3, _bot.MessagesSeen);
        Assert.Contains(_host.Logs.Lines, l => l.Contains("State conflict", StringComparison.Ordinal));
        _ = replies;
    }

    [Fact]
    public async Task Post_ConflictsOnEveryAttempt_UserIsAskedToSendAgain()
    {
        _storage.ConflictNext(10);

        await _host.PostAsync(TestActivities.Message("lost?", _connector.ServiceUrl));

        var reply = Assert.Single(await _connector.WaitForMessagesAsync(1));
        Assert.Equal(TurnCopy.SaveConflict, reply.Text);
        Assert.Equal(3, _bot.MessagesSeen);
        Assert.Contains(_host.Logs.Lines, l => l.Contains("could not be saved after 3 attempts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_StorageDown_UserToldPlainlyAndPreviousStateUntouched()
    {
        await _host.PostAsync(TestActivities.Message("one", _connector.ServiceUrl));
        _storage.Down = true;
        var duringOutage = TestActivities.Message("two", _connector.ServiceUrl);

        await _host.PostAsync(duringOutage);
        _storage.Down = false;
        await _host.PostAsync(TestActivities.Message("three", _connector.ServiceUrl));
        var redelivered = await _host.PostAsync(duringOutage);

        var replies = await _connector.WaitForMessagesAsync(4);
        Assert.Equal(["echo 1: one", TurnCopy.StorageUnavailable, "echo 2: three", "echo 3: two"], replies.Select(r => r.Text));
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
    }

    [Fact]
    public async Task Post_BotThrows_UserToldStateClearedAndErrorLoggedWithoutText()
    {
        await _host.PostAsync(TestActivities.Message("one", _connector.ServiceUrl));
        _bot.Throw = new InvalidOperationException("boom");
        await _host.PostAsync(TestActivities.Message("private words", _connector.ServiceUrl));
        _bot.Throw = null;

        await _host.PostAsync(TestActivities.Message("again", _connector.ServiceUrl));

        var replies = await _connector.WaitForMessagesAsync(3);
        Assert.Equal(["echo 1: one", TurnCopy.SomethingWentWrong, "echo 1: again"], replies.Select(r => r.Text));
        Assert.Contains(_host.Logs.Lines, l => l.Contains("InvalidOperationException", StringComparison.Ordinal) && l.Contains("a:conv;messageid=1", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("private words", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_UnreadableStateDocument_DiscardedAndConversationStartsOver()
    {
        var key = ConversationState.KeyFor("msteams", "a:conv;messageid=1");
        await _storage.Inner.WriteAsync(key, "{\"counter\": [not json"u8.ToArray(), WriteCondition.Always);

        await _host.PostAsync(TestActivities.Message("hello", _connector.ServiceUrl));

        Assert.Equal("echo 1: hello", Assert.Single(await _connector.WaitForMessagesAsync(1)).Text);
        Assert.Contains(_host.Logs.Lines, l => l.Contains("could not be read and was discarded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_BotSendsTyping_TypingDeliveredBeforeTheBufferedAnswer()
    {
        _bot.SendTyping = true;

        await _host.PostAsync(TestActivities.Message("slow", _connector.ServiceUrl));

        await _connector.WaitForMessagesAsync(1);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], _connector.Delivered.Select(a => a.Type));
    }

    [Fact]
    public async Task Post_SlowTurn_Answers202AndReplyFollows()
    {
        await using var host = await StartHostAsync(_bot, _storage, new Dictionary<string, string?> { ["BotFramework:InlineTurnWait"] = "00:00:00.100" });
        _bot.Before = _ => Task.Delay(700);

        var response = await host.PostAsync(TestActivities.Message("think hard", _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("echo 1: think hard", Assert.Single(await _connector.WaitForMessagesAsync(1)).Text);
    }

    [Fact]
    public async Task Post_PersonalMessage_StoresConversationReferenceForTheUser()
    {
        await _host.PostAsync(TestActivities.Message("hi", _connector.ServiceUrl));

        var reference = await _host.Services.GetRequiredService<ConversationReferenceStore>().FindAsync(TestActivities.UserAad, default);

        Assert.NotNull(reference);
        Assert.Equal(_connector.ServiceUrl, reference.ServiceUrl);
        Assert.Equal("a:conv;messageid=1", reference.Conversation?.Id);
        Assert.Equal(TestActivities.TenantId, reference.Conversation?.TenantId);
        Assert.Null(reference.ActivityId);
    }

    [Fact]
    public async Task Post_GroupChatMessage_DoesNotReplaceThePersonalReference()
    {
        await _host.PostAsync(TestActivities.Message("hi", _connector.ServiceUrl));
        var group = TestActivities.Message("hi all", _connector.ServiceUrl, conversationId: "19:group@thread.v2");
        group.Conversation!.ConversationType = "groupChat";
        group.Conversation.IsGroup = true;

        await _host.PostAsync(group);

        var reference = await _host.Services.GetRequiredService<ConversationReferenceStore>().FindAsync(TestActivities.UserAad, default);
        Assert.Equal("a:conv;messageid=1", reference?.Conversation?.Id);
    }

    [Fact]
    public async Task ContinueConversation_StoredReference_SendsToTheStoredServiceUrl()
    {
        await _host.PostAsync(TestActivities.Message("hi", _connector.ServiceUrl));
        var reference = await _host.Services.GetRequiredService<ConversationReferenceStore>().FindAsync(TestActivities.UserAad, default);
        var adapter = _host.Services.GetRequiredService<CloudAdapter>();

        await adapter.ContinueConversationAsync(reference!, (turn, ct) => turn.SendActivityAsync("your digest is ready", ct), default);

        var replies = await _connector.WaitForMessagesAsync(2);
        Assert.Equal("your digest is ready", replies[1].Text);
        Assert.Null(replies[1].ReplyToId);
        Assert.EndsWith("/v3/conversations/a%3Aconv%3Bmessageid%3D1/activities", _connector.Requests[^1].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContinueConversation_UntrustedServiceUrl_Throws()
    {
        var adapter = _host.Services.GetRequiredService<CloudAdapter>();
        var forged = new ConversationReference
        {
            ServiceUrl = "https://attacker.example.com/",
            Conversation = new ConversationAccount { Id = "x" },
            ChannelId = "msteams",
        };

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => adapter.ContinueConversationAsync(forged, (t, ct) => t.SendActivityAsync("x", ct), default));
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task SendToUser_StoredReference_Delivers()
    {
        await _host.PostAsync(TestActivities.Message("hi", _connector.ServiceUrl));
        var messenger = _host.Services.GetRequiredService<IProactiveMessenger>();

        var sent = await messenger.SendToUserAsync(TestActivities.UserAad, [Activity.CreateMessage("digest")], default);

        Assert.True(sent);
        Assert.Equal("digest", (await _connector.WaitForMessagesAsync(2))[1].Text);
    }

    [Fact]
    public async Task SendToUser_UnknownUserWithoutAppId_ReturnsFalse()
    {
        var messenger = _host.Services.GetRequiredService<IProactiveMessenger>();

        Assert.False(await messenger.SendToUserAsync("aad-unknown", [Activity.CreateMessage("digest")], default));
    }

    [Fact]
    public async Task SendToUser_UnknownUserWithTenant_OpensOneToOneConversationThenSends()
    {
        await using var host = await StartHostAsync(new TestBot(), new FlakyStorage(), new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestActivities.AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant-9",
            ["MicrosoftAppType"] = "SingleTenant",
            ["BotFramework:DefaultServiceUrl"] = _connector.ServiceUrl,
        }, s => s.AddSingleton<Connector.IBotTokenProvider>(new FixedTokenProvider("tok")));
        var messenger = host.Services.GetRequiredService<IProactiveMessenger>();

        var sent = await messenger.SendToUserAsync("aad-supervisor", [Activity.CreateMessage("weekly digest")], default);

        Assert.True(sent);
        var create = _connector.Requests[0];
        Assert.Equal("/amer/v3/conversations", create.RawTarget);
        Assert.Contains("\"members\":[{\"id\":\"aad-supervisor\"}]", create.Body, StringComparison.Ordinal);
        Assert.Contains("\"tenantId\":\"tenant-9\"", create.Body, StringComparison.Ordinal);
        Assert.Equal("/amer/v3/conversations/a%3Acreated-1/activities", _connector.Requests[1].RawTarget);
        Assert.Equal("weekly digest", _connector.Delivered[0].Text);
        Assert.NotNull(await host.Services.GetRequiredService<ConversationReferenceStore>().FindAsync("aad-supervisor", default));
    }

    private static async Task<BotTestHost> StartHostAsync(TestBot bot, FlakyStorage storage, Dictionary<string, string?>? config = null,
        Action<IServiceCollection>? configure = null)
    {
        var host = await BotTestHost.StartAsync(bot, config, new BotStores(storage, new MemoryStorage()), configure);
        bot.State ??= host.Services.GetRequiredService<ConversationState>();
        return host;
    }
}
