using AllianceBot.Dialogs.Turns;
using System.Text;
using System.Text.Json;
using AllianceBot.Bot.Adapter;
using AllianceBot.Bot.Storage;
using AllianceBot.Bot.Tests.Storage;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;

namespace AllianceBot.Bot.Tests.Faults;

/// <summary>
/// Azurite is stopped in the middle of a guided conversation and at its confirm step, then started
/// again: the practitioner is told, nothing said before is lost, and the record is saved exactly once.
/// Each test owns its emulator, so stopping it disturbs no other test.
/// </summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private const string Conversation = "a:outage;messageid=1";
    private readonly AzuriteFixture _azurite = new();
    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;
    private IStorage _archive = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _connector = await LoopbackConnector.StartAsync();
        var stores = AzuriteCollection.NewStores(_azurite);
        _archive = stores.Archive;
        var state = new ConversationState(stores.State);
        _host = await BotTestHost.StartAsync(new GuidedBot(state, stores.Archive), stores: stores);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Answer_StorageStoppedMidConversation_UserToldAndRedeliveryContinuesWithNothingLost()
    {
        await SayAsync("first answer");
        await _azurite.StopAsync();

        var lost = TestActivities.Message("second answer", _connector.ServiceUrl, Conversation);
        await _host.PostAsync(lost);
        Assert.Equal(TurnCopy.StorageUnavailable, (await _connector.WaitForMessagesAsync(2))[^1].Text);

        await _azurite.StartAsync();
        // Teams redelivers the same activity (same id): it must be processed, not dropped as a duplicate.
        await _host.PostAsync(lost);
        await _connector.WaitForMessagesAsync(3);
        await SayAsync("third answer");
        await SayAsync("yes");

        Assert.Equal(["first answer", "second answer", "third answer"], await RecordsAsync());
        Assert.Equal(["Question 2?", TurnCopy.StorageUnavailable, "Question 3?", GuidedBot.ConfirmQuestion, GuidedBot.Saved],
            _connector.DeliveredMessages.Select(m => m.Text));
    }

    [Fact]
    public async Task Confirm_StorageStoppedAtConfirm_UserToldAndRecordSavedOnceWhenStorageReturns()
    {
        await SayAsync("a1");
        await SayAsync("a2");
        await SayAsync("a3");
        await _azurite.StopAsync();

        var confirm = TestActivities.Message("yes", _connector.ServiceUrl, Conversation);
        await _host.PostAsync(confirm);
        Assert.Equal(TurnCopy.StorageUnavailable, (await _connector.WaitForMessagesAsync(4))[^1].Text);
        await _azurite.StartAsync();

        await SayAsync("yes");
        // A redelivery of the confirm that failed, arriving after the one that worked, must not make a second record.
        await _host.PostAsync(confirm);

        Assert.Equal(["a1", "a2", "a3"], await RecordsAsync());
        Assert.Equal(GuidedBot.Saved, _connector.DeliveredMessages[4].Text);
    }

    private async Task SayAsync(string text)
    {
        var before = _connector.DeliveredMessages.Count;
        var response = await _host.PostAsync(TestActivities.Message(text, _connector.ServiceUrl, Conversation));
        Assert.True(response.IsSuccessStatusCode, $"'{text}' got {(int)response.StatusCode}");
        await _connector.WaitForMessagesAsync(before + 1);
    }

    /// <summary>The one record's answers; fails if there is not exactly one.</summary>
    private async Task<List<string>> RecordsAsync()
    {
        var keys = new List<string>();
        await foreach (var entry in _archive.ListAsync(GuidedBot.RecordPrefix(Conversation)))
        {
            keys.Add(entry.Key);
        }
        var key = Assert.Single(keys);
        var item = await _archive.ReadAsync(key);
        return JsonSerializer.Deserialize<List<string>>(Encoding.UTF8.GetString(item!.Content.Span))!;
    }
}
