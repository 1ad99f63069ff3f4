using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>
/// Two instances of the real bot over the same Azurite containers, each starting its turns from its
/// own copy of the conversation state. A copy goes stale whenever the other instance took a turn in
/// between: the turn must then run again on the stored version, never act on the stale one.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OwnCopyTurnsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Conversation = "a:own-copy;messageid=1";
    private const string Crisis = "My client said she is going to kill herself tonight, she has the pills ready.";
    private const string Narrative = "We agreed the first step of the budget plan and who phones the landlord.";
    private static readonly string[] Answers = ["C-230", "today", "ongoing", "in person", Narrative, "4 3 5", "1", "none"];

    private readonly string _containers = Guid.NewGuid().ToString("N")[..12];
    private LoopbackConnector _connector = null!;
    private BotTestHost _first = null!;
    private BotTestHost _second = null!;
    private StorageDebriefArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        var stores = AzuriteCollection.NewStores(azurite, containers: _containers);
        _archive = StorageDebriefArchive.For(stores);
        _first = await BotTestHost.StartAsync(bot: null, stores: stores, realBot: true);
        _second = await BotTestHost.StartAsync(bot: null, stores: AzuriteCollection.NewStores(azurite, containers: _containers), realBot: true);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Confirm_OnInstanceWhoseCopyIsStale_DebriefDiscardedOnTheOtherIsNotArchived()
    {
        await SayAsync(_first, "debrief");
        foreach (var answer in Answers)
        {
            await SayAsync(_first, answer);
        }
        await DebriefSteps.SkipToPreviewAsync(text => SayAsync(_first, text));
        // The first instance's copy still shows this summary; the second discards it.
        await SayAsync(_second, "discard", DebriefCopy.AskDiscard);
        await SayAsync(_second, "yes", DebriefCopy.Discarded);

        var replies = await SayAsync(_first, "confirm");

        Assert.DoesNotContain(replies, r => r.Contains("Saved as", StringComparison.Ordinal));
        Assert.Empty(await _archive.ListRecentAsync(TestActivities.UserAad, 10));
    }

    [Fact]
    public async Task DiscardAfterACrisis_OnInstanceWhoseCopyIsStale_DebriefConfirmedOnTheOtherLeavesNoTombstone()
    {
        await SayAsync(_first, "debrief");
        foreach (var answer in Answers.Select(a => a == Narrative ? Crisis : a))
        {
            await SayAsync(_first, answer);
        }
        await DebriefSteps.SkipToPreviewAsync(text => SayAsync(_first, text));
        // The first instance's copy still asks "discard?"; the second keeps the debrief and confirms it.
        await SayAsync(_first, "discard");
        await SayAsync(_second, "no", DebriefCopy.NotDiscarded);
        await SayAsync(_second, "confirm", "Saved as");
        var saved = Assert.Single(await _archive.ListRecentAsync(TestActivities.UserAad, 10));

        var replies = await SayAsync(_first, "yes");

        // A discard acted on the stale copy would leave a tombstone of a debrief that is in the archive,
        // and tell the supervisor it was thrown away.
        Assert.Null(await _archive.GetTombstoneAsync(TestActivities.UserAad, saved.DebriefId));
        Assert.DoesNotContain(replies, r => r.Contains("discarded", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(await _archive.GetAsync(TestActivities.UserAad, saved.DebriefId));
    }

    [Fact]
    public async Task Debrief_EachTurnOnTheOtherInstance_EveryAnswerInTheOneRecord()
    {
        var hosts = new[] { _first, _second };
        var turn = 0;
        await SayAsync(hosts[turn++ % 2], "debrief", DebriefCopy.AskClientCode);
        foreach (var answer in Answers)
        {
            await SayAsync(hosts[turn++ % 2], answer);
        }
        var skipping = hosts[turn++ % 2];
        await DebriefSteps.SkipToPreviewAsync(text => SayAsync(skipping, text));
        await SayAsync(hosts[turn % 2], "confirm", "Saved as");

        var listed = Assert.Single(await _archive.ListRecentAsync(TestActivities.UserAad, 10));
        var archived = await _archive.GetAsync(TestActivities.UserAad, listed.DebriefId);
        var record = DebriefRecordBuilder.FromJson(Assert.IsType<ArchivedDebrief>(archived).Json)!;
        Assert.Equal(("C-230", Narrative, new RatingsRecord(4, 3, 5)), (record.ClientCode, record.Narrative, record.Ratings));
        Assert.Equal(["P1"], record.StandardItemsDone);
        Assert.Single(_connector.DeliveredMessages, m => m.Text?.Contains("Saved as", StringComparison.Ordinal) == true);
    }

    private async Task<IReadOnlyList<string>> SayAsync(BotTestHost host, string text, string? expect = null)
    {
        var replies = await TurnReplies.PostAsync(host, _connector, TestActivities.Message(text, _connector.ServiceUrl, Conversation));
        Assert.NotEmpty(replies);
        if (expect is not null)
        {
            Assert.Contains(replies, r => r.Contains(expect, StringComparison.Ordinal));
        }
        return replies;
    }
}
