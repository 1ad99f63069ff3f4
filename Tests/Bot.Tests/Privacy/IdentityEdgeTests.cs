using System.Net;
using System.Text.Json;
using AllianceBot.Bot.Adapter;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests.Privacy;

/// <summary>Who is speaking, at the endpoint: no usable sender is a 400; an empty Entra id falls back to the scoped channel id.</summary>
public sealed class IdentityEdgeTests : IAsyncLifetime
{
    private const string Conversation = "a:identity;messageid=1";
    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;
    private BotStores _stores = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _stores = new BotStores(new MemoryStorage(), new MemoryStorage());
        _host = await BotTestHost.StartAsync(bot: null, stores: _stores, realBot: true);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public static TheoryData<string> BadSenders() => ["no from", "no from.id", "empty from.id", "blank from.id", "oversized from.id", "control character", "no conversation id"];

    [Theory]
    [MemberData(nameof(BadSenders))]
    public async Task Post_NoUsableSenderOrConversation_400AndNothingRuns(string shape)
    {
        var activity = TestActivities.Message("debrief", _connector.ServiceUrl, Conversation);
        switch (shape)
        {
            case "no from": activity.From = null; break;
            case "no from.id": activity.From!.Id = null; break;
            case "empty from.id": activity.From!.Id = ""; break;
            case "blank from.id": activity.From!.Id = "   "; break;
            case "oversized from.id": activity.From!.Id = "29:" + new string('x', UserIdentity.MaxIdLength); break;
            case "control character": activity.From!.Id = "29:a\u0000b"; break;
            default: activity.Conversation!.Id = null; break;
        }

        var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Task.Delay(50);
        Assert.Empty(_connector.DeliveredMessages);
        var written = 0;
        await foreach (var _ in _stores.State.ListAsync(""))
        {
            written++;
        }
        Assert.Equal(0, written);
    }

    [Fact]
    public async Task Debrief_EmptyAadObjectId_SavesUnderTheScopedChannelIdAndNobodyElseSeesIt()
    {
        Activity As(string text, string fromId, string conversation)
        {
            var a = TestActivities.Message(text, _connector.ServiceUrl, conversation);
            a.From!.Id = fromId;
            a.From.AadObjectId = "";
            return a;
        }
        foreach (var step in new[] { "debrief", "C-321", "today", "ongoing", "in person", "We looked at the housing forms together today.", "4 3 5", "1", "none" })
        {
            await TurnReplies.PostAsync(_host, _connector, As(step, "29:first", Conversation));
        }
        await DebriefSteps.SkipToPreviewAsync(t => TurnReplies.PostAsync(_host, _connector, As(t, "29:first", Conversation)));
        var receipt = await TurnReplies.PostAsync(_host, _connector, As("confirm", "29:first", Conversation));

        var identity = UserIdentity.Of(As("x", "29:first", Conversation))!;
        Assert.StartsWith("u-", identity, StringComparison.Ordinal);
        var saved = Assert.Single(await StorageDebriefArchive.For(_stores).ListRecentAsync(identity, 10));
        Assert.Contains(receipt, r => r.Contains(saved.DebriefId, StringComparison.Ordinal));
        // Another person, also without an Entra id, in their own chat.
        var other = await TurnReplies.PostAsync(_host, _connector, As($"show {saved.DebriefId}", "29:second", "a:other;messageid=1"));
        Assert.DoesNotContain(other, r => r.Contains("C-321", StringComparison.Ordinal) || r.StartsWith("# Debrief", StringComparison.Ordinal));
    }

    [Fact]
    public void Identity_SameChannelIdInTwoTenants_IsTwoPeople()
    {
        var a = TestActivities.Message("x", "http://127.0.0.1/");
        var b = TestActivities.Message("x", "http://127.0.0.1/");
        a.From!.AadObjectId = b.From!.AadObjectId = null;
        b.Conversation!.TenantId = "tenant-2";

        Assert.NotEqual(UserIdentity.Of(a), UserIdentity.Of(b));
        Assert.Equal(TestActivities.UserAad, UserIdentity.Of(TestActivities.Message("x", "http://127.0.0.1/")));
    }
}

/// <summary>Proactive sends trust a stored service URL only as an inbound turn would have.</summary>
public sealed class StoredReferenceTrustTests : IAsyncLifetime
{
    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;
    private BotStores _stores = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _stores = new BotStores(new MemoryStorage(), new MemoryStorage());
        _host = await BotTestHost.StartAsync(new TestBot(), new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestActivities.AppId,
            ["MicrosoftAppPassword"] = "not-used-in-these-tests",
        }, stores: _stores, configure: s => s.AddSingleton<Connector.IBotTokenProvider>(new FixedTokenProvider("outbound-token")));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task StoreAsync(string user, bool? savedWithAuth)
    {
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = _connector.ServiceUrl,
            Conversation = new ConversationAccount { Id = "a:stored;messageid=1", ConversationType = "personal" },
            User = new ChannelAccount { Id = "29:" + user },
            Bot = new ChannelAccount { Id = "28:" + TestActivities.AppId },
            SavedWithAuth = savedWithAuth,
        };
        await _stores.State.WriteAsync(ConversationReferenceStore.KeyFor(user), JsonSerializer.SerializeToUtf8Bytes(reference, BotJson.Options), WriteCondition.Always);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public async Task SendToUser_ReferenceSavedWithoutAuth_NotUsedOnceAuthIsOn(bool? savedWithAuth)
    {
        var user = Guid.NewGuid().ToString("D");
        await StoreAsync(user, savedWithAuth);

        var sent = await _host.Services.GetRequiredService<IProactiveMessenger>().SendToUserAsync(user, [Activity.CreateMessage("digest")], default);

        Assert.False(sent);
        Assert.Empty(_connector.Requests);
        Assert.Contains(_host.Logs.Lines, l => l.Contains("stored while the bot ran without authentication", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendToUser_ReferenceSavedUnderAuth_Delivers()
    {
        var user = Guid.NewGuid().ToString("D");
        await StoreAsync(user, true);

        var sent = await _host.Services.GetRequiredService<IProactiveMessenger>().SendToUserAsync(user, [Activity.CreateMessage("digest")], default);

        Assert.True(sent);
        Assert.Equal("digest", Assert.Single(await _connector.WaitForMessagesAsync(1)).Text);
        Assert.Equal("Bearer outbound-token", _connector.Requests[^1].Authorization);
    }
}
