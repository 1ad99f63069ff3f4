using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.State;

/// <summary>A bot saves its state at the end of a turn unless the adapter has said it saves after the bot.</summary>
public sealed class BotStateSaveTurnTests
{
    private sealed class Note
    {
        public string? Text { get; set; }
    }

    private readonly MemoryStorage _storage = new();
    private readonly TestAdapter _adapter = new();

    [Fact]
    public async Task SaveTurnAsync_NoAdapterMarker_WritesTheChangedDocument()
    {
        var (state, context) = await ChangedAsync();

        await state.SaveTurnAsync(context);

        Assert.NotNull(await _storage.ReadAsync(Key(context)));
    }

    [Fact]
    public async Task SaveTurnAsync_AdapterSavesState_WritesNothingAndLeavesTheChangeForTheAdaptersSave()
    {
        var (state, context) = await ChangedAsync();
        context.TurnState.Set(AdapterSavesState.Instance);

        await state.SaveTurnAsync(context);
        var afterBot = await _storage.ReadAsync(Key(context));
        await state.SaveChangesAsync(context);
        var saved = await _storage.ReadAsync(Key(context));

        Assert.Null(afterBot);
        Assert.Contains("written", System.Text.Encoding.UTF8.GetString(saved!.Content.Span), StringComparison.Ordinal);
    }

    private async Task<(ConversationState State, TurnContext Context)> ChangedAsync()
    {
        var state = new ConversationState(_storage);
        var context = new TurnContext(_adapter, _adapter.MakeActivity("hello"));
        var note = await state.CreateProperty<Note>("note").GetAsync(context, () => new Note());
        note.Text = "written";
        return (state, context);
    }

    private static string Key(ITurnContext context) => ConversationState.KeyFor(context.Activity.ChannelId!, context.Activity.Conversation!.Id!);
}
