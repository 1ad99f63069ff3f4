using System.Text.Json;
using AllianceBot.Bot.Storage;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.TestKit;
using Azure.Core;
using Xunit.Abstractions;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>
/// What a turn costs Blob storage, counted on the wire: the real bot and endpoint over Azurite, one
/// round of the load benchmark's script (typed debrief, quick card debrief, question, cancelled
/// debrief). The emulator is one process on the bot's machine, so every request a turn makes is
/// latency under load.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobTurnRequestsTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task DebriefRound_SecondRound_OneStateWriteATurnAndStateReadsOnlyBeforeArchiving()
    {
        var counter = new BlobRequestCounter();
        var options = StorageRegistration.ClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var stores = AzuriteCollection.NewStores(azurite, options);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(bot: null, stores: stores, realBot: true);
        var round = new DebriefRound(host, connector);

        // The first round pays for creating the containers and storing the user's conversation reference.
        await round.RunAsync();
        counter.Reset();
        var turns = await round.RunAsync();

        foreach (var (kind, count) in counter.Snapshot())
        {
            output.WriteLine($"{kind}: {count} ({(double)count / turns:0.00} per turn)");
        }
        var state = counter.Count(k => k.Contains(" state-", StringComparison.Ordinal));
        var archive = counter.Count(k => k.Contains(" archive-", StringComparison.Ordinal));
        output.WriteLine($"{turns} turns: {counter.Total} requests, {(double)counter.Total / turns:0.00} per turn (state {state}, archive {archive})");
        // Every turn starts from this instance's own copy and saves it (conditionally): one state write a
        // turn. The state is read only to make sure of it before a turn archives, here the two confirms,
        // and this process wrote every version it reads, so no read carries a body.
        Assert.Equal(turns, counter.Count(k => k.StartsWith("PUT state-", StringComparison.Ordinal) && k.Contains(" blob ", StringComparison.Ordinal)));
        Assert.InRange(counter.Count(k => k.StartsWith("GET state-", StringComparison.Ordinal) && k.Contains(" blob ", StringComparison.Ordinal)), 1, DebriefRound.Confirms);
        Assert.Equal(0, counter.Count(k => k.StartsWith("GET state-", StringComparison.Ordinal) && k.Contains(" blob ", StringComparison.Ordinal) && k.EndsWith(" 200", StringComparison.Ordinal)));
        // The previous-ratings lookup lists the client's markers (a listing as short as the client's
        // debriefs) and reads the record the newest names; the save creates one marker beside its two
        // documents. No listing of the practitioner's index, whose cost grew with every debrief they ever
        // saved, and nothing about debriefs in the state store.
        Assert.InRange(counter.Count(k => k.StartsWith("GET archive-", StringComparison.Ordinal) && k.Contains(" blob ", StringComparison.Ordinal)), 0, DebriefRound.Confirms);
        Assert.Equal(DebriefRound.Confirms, counter.Count(k => k.Contains(" list ", StringComparison.Ordinal)));
        Assert.Equal(DebriefRound.Confirms, counter.Count(k => k.StartsWith("PUT archive-", StringComparison.Ordinal) && k.Contains(" marker ", StringComparison.Ordinal)));
        Assert.Equal(0, counter.Count(k => k.Contains(" state-", StringComparison.Ordinal) && k.Contains(" marker ", StringComparison.Ordinal)));
        Assert.InRange(counter.Total, turns, 2 * turns);
    }

    /// <summary>The load benchmark's round, through the real endpoint; returns the number of turns.</summary>
    private sealed class DebriefRound(BotTestHost host, LoopbackConnector connector)
    {
        /// <summary>Debriefs a round confirms (each one archives).</summary>
        public const int Confirms = 2;

        private const string Conversation = "a:requests;messageid=1";
        private int _turns;

        public async Task<int> RunAsync()
        {
            _turns = 0;
            await SayAsync("debrief", DebriefCopy.AskClientCode);
            foreach (var answer in new[] { "C-101", "today", "ongoing", "in person",
                         "We reviewed the job search plan and agreed the next step together.", "4 4 4", "1", "none" })
            {
                await SayAsync(answer);
            }
            for (var i = 0; i < 5 && !(await SayAsync("skip")).Contains(DebriefCopy.PreviewIntro, StringComparison.Ordinal); i++)
            {
            }
            await SayAsync("confirm", "Saved as");
            await SayAsync("quick debrief");
            var submit = TestActivities.Message("", connector.ServiceUrl, Conversation);
            submit.Text = null;
            submit.Value = JsonSerializer.SerializeToElement(QuickDebriefSubmit.Complete(date: DateTime.UtcNow.ToString("yyyy-MM-dd")));
            await PostAsync(submit, DebriefCopy.PreviewIntro);
            await SayAsync("confirm", "Saved as");
            await SayAsync("ask what is P8?", "P8");
            await SayAsync("debrief", DebriefCopy.AskClientCode);
            await SayAsync("C-101");
            await SayAsync("cancel", DebriefCopy.Cancelled);
            await SayAsync("discard");
            await SayAsync("yes");
            return _turns;
        }

        private Task<string> SayAsync(string text, string? expect = null)
            => PostAsync(TestActivities.Message(text, connector.ServiceUrl, Conversation), expect);

        private async Task<string> PostAsync(AllianceBot.Dialogs.Schema.Activity activity, string? expect)
        {
            var replies = string.Join("\n", await TurnReplies.PostAsync(host, connector, activity));
            _turns++;
            if (expect is not null)
            {
                Assert.Contains(expect, replies, StringComparison.Ordinal);
            }
            return replies;
        }
    }
}
