using AllianceBot.Dialogs.Turns;
using AllianceBot.Bot.Adapter;
using AllianceBot.Bot.Storage;
using AllianceBot.Bot.Tests.Storage;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Prompts.Detection;
using AllianceBot.TestKit;
using Azure.Core;

namespace AllianceBot.Bot.Tests.Faults;

/// <summary>
/// The product's own guided debrief (the real bot, endpoint and adapter over Kestrel) on Blob storage
/// in a real Azurite that is stopped in the middle of a debrief, at its confirm and half-way through
/// the confirm's archive writes, then started again: the practitioner is told, the answers given
/// before and after the outage all reach the record, and the debrief is archived exactly once with one
/// receipt. <see cref="StorageOutageTests"/> covers the adapter with a miniature bot; this covers the
/// debrief's draft, its confirm and the archive behind them. Each test owns its emulator, so stopping
/// it disturbs no other test.
/// </summary>
public sealed class DebriefStorageOutageTests : IAsyncLifetime
{
    private const string Conversation = "a:debrief-outage;messageid=1";
    private const string ClientCode = "C-417";
    private const string Narrative = "We went over the housing application together and agreed which form goes in first.";
    private const string Receipt = "Saved as";
    private static readonly string[] Basics = [ClientCode, "today", "ongoing", "in person"];
    private static readonly string[] AfterNarrative = ["4 3 5", "1", "none"];

    private readonly AzuriteFixture _azurite = new();
    private readonly Tripwire _tripwire = new();
    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;
    private IStorage _archiveStore = null!;
    private StorageDebriefArchive _archive = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _connector = await LoopbackConnector.StartAsync();
        var options = StorageRegistration.ClientOptions();
        options.AddPolicy(_tripwire, HttpPipelinePosition.PerRetry);
        var stores = AzuriteCollection.NewStores(_azurite, options);
        _archiveStore = stores.Archive;
        _archive = StorageDebriefArchive.For(stores);
        _host = await BotTestHost.StartAsync(bot: null, stores: stores, realBot: true);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Answer_StorageStoppedMidDebrief_UserToldAndRedeliveryContinuesDebriefWithNothingLost()
    {
        await SayAsync("debrief", DebriefCopy.AskClientCode);
        await AnswerAsync(Basics);
        await _azurite.StopAsync();

        var lost = TestActivities.Message(Narrative, _connector.ServiceUrl, Conversation);
        Assert.Equal([TurnCopy.StorageUnavailable], await PostAsync(lost));

        await _azurite.StartAsync();
        // Teams redelivers the same activity (same id): it must be processed, not dropped as a duplicate.
        var resumed = await PostAsync(lost);
        Assert.Contains(resumed, r => r.Contains(DebriefCopy.AskGoals, StringComparison.Ordinal));
        Assert.DoesNotContain(resumed, r => r.Contains(DebriefCopy.AskNarrative, StringComparison.Ordinal));
        await AnswerAsync(AfterNarrative);
        await DebriefSteps.SkipToPreviewAsync(text => SayAsync(text));
        await SayAsync("confirm", Receipt);

        AssertHoldsEveryAnswer(await SingleRecordAsync());
    }

    [Fact]
    public async Task Confirm_StorageStoppedAtConfirm_UserToldAndDebriefSavedOnceWhenStorageReturns()
    {
        await SayAsync("debrief", DebriefCopy.AskClientCode);
        await AnswerAsync([.. Basics, Narrative, .. AfterNarrative]);
        await DebriefSteps.SkipToPreviewAsync(text => SayAsync(text));
        await _azurite.StopAsync();

        var confirm = TestActivities.Message("confirm", _connector.ServiceUrl, Conversation);
        Assert.Equal([TurnCopy.StorageUnavailable], await PostAsync(confirm));

        await _azurite.StartAsync();
        await SayAsync("confirm", Receipt);
        // A redelivery of the confirm that failed, arriving after the one that worked, must not make a second record.
        var late = await PostAsync(confirm);

        Assert.DoesNotContain(late, r => r.Contains(Receipt, StringComparison.Ordinal));
        var record = await SingleRecordAsync();
        AssertHoldsEveryAnswer(record);
        AssertOneReceiptFor(record);
    }

    [Fact]
    public async Task Confirm_StorageStoppedBetweenArchiveWrites_UserToldAndConfirmAgainCompletesTheOneRecord()
    {
        await SayAsync("debrief", DebriefCopy.AskClientCode);
        await AnswerAsync([.. Basics, Narrative, .. AfterNarrative]);
        await DebriefSteps.SkipToPreviewAsync(text => SayAsync(text));
        _tripwire.Arm(IsRecordWrite, _azurite.StopAsync);

        Assert.Equal([TurnCopy.StorageUnavailable], await PostAsync(TestActivities.Message("confirm", _connector.ServiceUrl, Conversation)));
        Assert.False(_azurite.IsRunning, "The confirm never wrote the record, so storage was not stopped half-way through it.");

        await _azurite.StartAsync();
        await SayAsync("confirm", Receipt);

        var record = await SingleRecordAsync();
        AssertHoldsEveryAnswer(record);
        AssertOneReceiptFor(record);
    }

    private static void AssertHoldsEveryAnswer(DebriefRecord record)
    {
        Assert.Equal((ClientCode, SessionKind.Ongoing, SessionSetting.InPerson), (record.ClientCode, record.Kind, record.Setting));
        Assert.Equal(Narrative, record.Narrative);
        Assert.Equal(new RatingsRecord(4, 3, 5), record.Ratings);
        Assert.Equal(["P1"], record.StandardItemsDone);
    }

    private void AssertOneReceiptFor(DebriefRecord record)
    {
        var receipt = Assert.Single(_connector.DeliveredMessages, m => m.Text?.Contains(Receipt, StringComparison.Ordinal) == true);
        Assert.Equal(DebriefCopy.Receipt(record.DebriefId, null, record.HasViolation), receipt.Text);
    }

    private static bool IsRecordWrite(HttpMessage message)
        => message.Request.Method == RequestMethod.Put && message.Response.Status == 201
            && message.Request.Uri.Path.Contains("/archive-", StringComparison.Ordinal)
            && message.Request.Uri.Path.EndsWith(".json", StringComparison.Ordinal);

    private async Task AnswerAsync(IEnumerable<string> answers)
    {
        foreach (var answer in answers)
        {
            await SayAsync(answer);
        }
    }

    private async Task<IReadOnlyList<string>> SayAsync(string text, string? expect = null)
    {
        var replies = await PostAsync(TestActivities.Message(text, _connector.ServiceUrl, Conversation));
        Assert.NotEmpty(replies);
        Assert.DoesNotContain(TurnCopy.StorageUnavailable, replies);
        if (expect is not null)
        {
            Assert.Contains(replies, r => r.Contains(expect, StringComparison.Ordinal));
        }
        return replies;
    }

    private Task<IReadOnlyList<string>> PostAsync(Activity activity) => TurnReplies.PostAsync(_host, _connector, activity);

    /// <summary>The practitioner's one archived debrief; fails if the archive holds any other record.</summary>
    private async Task<DebriefRecord> SingleRecordAsync()
    {
        var records = new List<string>();
        await foreach (var entry in _archiveStore.ListAsync("debriefs/"))
        {
            if (entry.Key.EndsWith(".json", StringComparison.Ordinal))
            {
                records.Add(entry.Key);
            }
        }
        var key = Assert.Single(records);
        var listed = Assert.Single(await _archive.ListRecentAsync(TestActivities.UserAad, 10));
        Assert.EndsWith($"/{listed.DebriefId}.json", key, StringComparison.Ordinal);
        var archived = await _archive.GetAsync(TestActivities.UserAad, listed.DebriefId);
        Assert.NotNull(archived);
        return DebriefRecordBuilder.FromJson(archived.Json)!;
    }

    /// <summary>Runs an action once, right after the first Blob request that matches, before the store sees its answer.</summary>
    private sealed class Tripwire : AfterResponsePolicy
    {
        private Func<HttpMessage, bool> _when = _ => false;
        private Func<Task>? _then;

        public void Arm(Func<HttpMessage, bool> when, Func<Task> then) => (_when, _then) = (when, then);

        protected override async ValueTask OnResponseAsync(HttpMessage message)
        {
            if (Sprung(message) is { } then)
            {
                await then().ConfigureAwait(false);
            }
        }

        private Func<Task>? Sprung(HttpMessage message)
            => message.HasResponse && _when(message) ? Interlocked.Exchange(ref _then, null) : null;
    }
}
