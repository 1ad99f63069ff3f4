using AllianceBot.Bot.Storage;
using AllianceBot.Bot.Tests.Storage;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.TestKit;
using Azure.Core;

namespace AllianceBot.Bot.Tests.Faults;

/// <summary>
/// A state write that reached Azurite but whose answer was lost (what a network timeout under load
/// looks like): the Blob SDK sends it again, and the repeat fails its own If-Match. The turn was
/// saved, so its replies must still go out; running it again would find the activity recorded and
/// answer nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LostBlobResponseTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Conversation = "a:lost-response;messageid=1";
    private const string Narrative = "We sorted out which benefits form comes first and booked the follow-up.";

    private readonly LoseNextAnswer _lose = new();
    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;
    private StorageDebriefArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        var options = StorageRegistration.ClientOptions();
        options.AddPolicy(_lose, HttpPipelinePosition.PerRetry);
        var stores = AzuriteCollection.NewStores(azurite, options);
        _archive = StorageDebriefArchive.For(stores);
        _host = await BotTestHost.StartAsync(bot: null, stores: stores, realBot: true);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Answer_StateWriteLandedButItsAnswerLost_NextQuestionStillSentAndAnswerKept()
    {
        await SayAsync("debrief", DebriefCopy.AskClientCode);
        foreach (var answer in new[] { "C-512", "today", "ongoing", "in person" })
        {
            await SayAsync(answer);
        }
        _lose.Arm(m => m.Request.Method == RequestMethod.Put && m.Request.Uri.Path.Contains("/state-", StringComparison.Ordinal));

        var replies = await SayAsync(Narrative);

        Assert.True(_lose.Lost, "No state write had its answer lost, so the test proved nothing.");
        Assert.Contains(replies, r => r.Contains(DebriefCopy.AskGoals, StringComparison.Ordinal));
        foreach (var answer in new[] { "4 3 5", "1", "none" })
        {
            await SayAsync(answer);
        }
        await DebriefSteps.SkipToPreviewAsync(text => SayAsync(text));
        await SayAsync("confirm", "Saved as");
        var listed = Assert.Single(await _archive.ListRecentAsync(TestActivities.UserAad, 10));
        var json = await _archive.GetJsonAsync(TestActivities.UserAad, listed);
        Assert.Equal(Narrative, DebriefRecordBuilder.FromJson(Assert.IsType<string>(json))!.Narrative);
    }

    [Fact]
    public async Task FirstMessage_CreateOfTheConversationLandedButItsAnswerLost_ReplySent()
    {
        _lose.Arm(m => m.Request.Method == RequestMethod.Put && m.Request.Uri.Path.Contains("/state-", StringComparison.Ordinal)
            && m.Request.Headers.TryGetValue("If-None-Match", out var condition) && condition == "*");

        var replies = await SayAsync("debrief");

        Assert.True(_lose.Lost, "The conversation's first write did not have its answer lost, so the test proved nothing.");
        Assert.Contains(replies, r => r.Contains(DebriefCopy.AskClientCode, StringComparison.Ordinal));
        await SayAsync("C-512", DebriefCopy.AskDate);
    }

    private async Task<IReadOnlyList<string>> SayAsync(string text, string? expect = null)
    {
        var replies = await TurnReplies.PostAsync(_host, _connector, TestActivities.Message(text, _connector.ServiceUrl, Conversation));
        if (expect is not null)
        {
            Assert.Contains(replies, r => r.Contains(expect, StringComparison.Ordinal));
        }
        return replies;
    }

    /// <summary>Once armed, lets the next matching request reach the service and then loses its answer.</summary>
    private sealed class LoseNextAnswer : AfterResponsePolicy
    {
        private Func<HttpMessage, bool>? _when;

        public bool Lost { get; private set; }

        public void Arm(Func<HttpMessage, bool> when) => _when = when;

        protected override ValueTask OnResponseAsync(HttpMessage message)
        {
            if (_when is { } when && message.HasResponse && message.Response.Status == 201 && when(message))
            {
                _when = null;
                Lost = true;
                // What the SDK sees when the connection drops before the answer arrives: it retries.
                throw new IOException("The answer to this request was lost on the way back.");
            }
            return ValueTask.CompletedTask;
        }
    }
}
