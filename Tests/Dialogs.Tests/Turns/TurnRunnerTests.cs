using System.Text;
using AllianceBot.Dialogs.Bots;
using AllianceBot.Dialogs.Greeting;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Turns;

/// <summary>
/// The one turn runner on its own: the bot's save is the turn's one write, activity ids live in the
/// state it saves, a stale own copy is found by the store before anything leaves the conversation,
/// and a failing bot starts the conversation over.
/// </summary>
public sealed class TurnRunnerTests
{
    private readonly CountingStorage _store = new();
    private readonly ConversationState _state;
    private readonly TestAdapter _adapter;

    public TurnRunnerTests()
    {
        _state = new ConversationState(_store);
        _adapter = new TestAdapter(_state);
    }

    [Fact]
    public async Task Turn_DialogBotSaves_ItsSaveIsTheTurnsOnlyWriteAndCarriesTheActivityId()
    {
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), _state);
        var message = _adapter.MakeActivity("hi");

        await _adapter.ProcessActivityAsync(message, bot.OnTurnAsync);
        await _adapter.ProcessActivityAsync(_adapter.MakeActivity("Ada"), bot.OnTurnAsync);

        Assert.Equal(2, _store.Writes);
        Assert.Contains(message.Id!, await StoredTextAsync(), StringComparison.Ordinal);
        Assert.Equal(GreetingCopy.ConfirmName("Ada"), _adapter.DrainReplies()[^1].Text);
    }

    [Fact]
    public async Task Redelivery_ToAnotherRunnerOnTheSameStore_CaughtByTheStateTheBotSavedAndNotRun()
    {
        var runs = 0;
        var message = _adapter.MakeActivity("hello");
        // A bot that keeps no state and never saves: the runner saves the id it recorded.
        BotCallbackHandler bot = (turn, ct) =>
        {
            runs++;
            return turn.SendActivityAsync("hi back", ct);
        };
        await _adapter.ProcessActivityAsync(message, bot);
        var restarted = new TestAdapter(new ConversationState(_store));

        var again = await restarted.ProcessActivityAsync(message, bot);

        Assert.Equal((1, TurnOutcome.Duplicate), (runs, again.Outcome));
        Assert.Empty(restarted.DrainReplies());
    }

    [Fact]
    public async Task Confirm_FromAStaleOwnCopy_StoreSaysSoBeforeTheArchiveAndTheTurnRunsAgainOnTheStoredDraft()
    {
        var archive = new MemoryStorage();
        var attempts = 0;
        BotCallbackHandler Bot(ConversationState state) => async (turn, ct) =>
        {
            attempts++;
            var note = await state.CreateProperty<Note>("draft").GetAsync(turn, () => new Note(), ct);
            if (turn.Activity.Text == "confirm")
            {
                // The step that acts outside the conversation asks the store first.
                await state.EnsureCurrentAsync(turn, ct);
                await archive.WriteAsync("records/" + note.Text, Encoding.UTF8.GetBytes(note.Text ?? ""), WriteCondition.IfNotExists, null, ct);
                await turn.SendActivityAsync("Saved " + note.Text, ct);
            }
            else
            {
                note.Text = turn.Activity.Text;
            }
            await state.SaveChangesAsync(turn, false, ct);
        };
        await _adapter.ProcessActivityAsync(_adapter.MakeActivity("first"), Bot(_state));
        _store.KeepOwnCopy = true;
        // Another instance changes the draft; this one still has its own copy of "first".
        var otherState = new ConversationState(_store.Inner);
        var other = new TestAdapter(otherState);
        await other.ProcessActivityAsync(other.MakeActivity("second"), Bot(otherState));
        attempts = 0;

        await _adapter.ProcessActivityAsync(_adapter.MakeActivity("confirm"), Bot(_state));

        Assert.Equal(2, attempts);
        Assert.Null(await archive.ReadAsync("records/first"));
        Assert.NotNull(await archive.ReadAsync("records/second"));
        Assert.Equal(["Saved second"], _adapter.DrainReplies().Select(r => r.Text));
    }

    [Fact]
    public async Task BotThrows_StartOverHandler_ConversationClearedIdKeptAndUserTold()
    {
        var note = _state.CreateProperty<Note>("note");
        await _adapter.ProcessActivityAsync(_adapter.MakeActivity("keep"), async (turn, ct) =>
        {
            (await note.GetAsync(turn, () => new Note(), ct)).Text = "kept";
            await _state.SaveChangesAsync(turn, false, ct);
        });
        _adapter.OnTurnError = _adapter.Runner.StartOverAsync;
        var failing = _adapter.MakeActivity("boom");

        await _adapter.ProcessActivityAsync(failing, (_, _) => throw new InvalidOperationException("boom"));

        var stored = await StoredTextAsync();
        Assert.DoesNotContain("kept", stored, StringComparison.Ordinal);
        Assert.Contains(failing.Id!, stored, StringComparison.Ordinal);
        Assert.Equal(TurnCopy.SomethingWentWrong, Assert.Single(_adapter.DrainReplies()).Text);
    }

    [Fact]
    public async Task BotThrows_NoErrorHandler_ExceptionReachesTheCallerAndNoReplyLeaves()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _adapter.ProcessActivityAsync(_adapter.MakeActivity("x"), async (turn, ct) =>
        {
            await turn.SendActivityAsync("half an answer", ct);
            throw new InvalidOperationException("dialog bug");
        }));

        Assert.Empty(_adapter.DrainReplies());
    }

    private async Task<string> StoredTextAsync()
    {
        var key = ConversationState.KeyFor(_adapter.Reference.ChannelId!, _adapter.Reference.Conversation!.Id!);
        return Encoding.UTF8.GetString((await _store.ReadAsync(key))!.Content.Span);
    }

    private sealed class Note
    {
        public string? Text { get; set; }
    }

    /// <summary>Memory storage that counts writes and, once told to, hands out the last version this instance read or wrote (as Blob's own copies do).</summary>
    private sealed class CountingStorage : IStorage, IKeepsOwnCopies
    {
        private readonly Dictionary<string, StorageItem> _own = new(StringComparer.Ordinal);

        public MemoryStorage Inner { get; } = new();
        public int Writes { get; private set; }
        public bool KeepOwnCopy { get; set; }

        public StorageItem? OwnCopy(string key) => KeepOwnCopy && _own.TryGetValue(key, out var item) ? item : null;

        public async Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
        {
            var item = await Inner.ReadAsync(key, cancellationToken);
            if (item is not null)
            {
                _own[key] = item;
            }
            return item;
        }

        public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
            IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
        {
            Writes++;
            var etag = await Inner.WriteAsync(key, content, condition, metadata, cancellationToken);
            _own[key] = new StorageItem(key, content.ToArray(), etag, StorageMetadata.Empty);
            return etag;
        }

        public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => Inner.DeleteAsync(key, cancellationToken);

        public IAsyncEnumerable<StorageEntry> ListAsync(string prefix, CancellationToken cancellationToken = default) => Inner.ListAsync(prefix, cancellationToken);

        public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Inner.PingAsync(cancellationToken);
    }
}
