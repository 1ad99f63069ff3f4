using AllianceBot.Dialogs.Bots;
using AllianceBot.Dialogs.Greeting;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Bots;

public sealed class DialogBotTests
{
    private readonly MemoryStorage _storage = new();
    private readonly TestAdapter _adapter;

    // One ConversationState over the test's store, shared by the bots and the adapter's turn runner, as in the host.
    private readonly ConversationState _state;

    public DialogBotTests()
    {
        _state = new ConversationState(_storage);
        _adapter = new TestAdapter(_state);
    }

    private Task SendAsync(DialogBot<GreetingDialog> bot, string text) => _adapter.ProcessActivityAsync(_adapter.MakeActivity(text), bot.OnTurnAsync);

    [Fact]
    public async Task Message_FirstOfConversation_RunsRootDialog()
    {
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), _state);

        await SendAsync(bot, "hi");

        Assert.Equal(GreetingCopy.AskName, _adapter.GetNextReply()?.Text);
    }

    [Fact]
    public async Task Message_EachTurn_SavesStateSoNextTurnContinues()
    {
        await SendAsync(new DialogBot<GreetingDialog>(new GreetingDialog(), _state), "hi");
        _adapter.DrainReplies();

        await SendAsync(new DialogBot<GreetingDialog>(new GreetingDialog(), _state), "Ada");

        Assert.Equal(GreetingCopy.ConfirmName("Ada"), _adapter.GetNextReply()?.Text);
    }

    [Fact]
    public async Task CardSubmit_ConfirmButton_AdvancesDialog()
    {
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), _state);
        await SendAsync(bot, "hi");
        await SendAsync(bot, "Ada");
        var confirm = _adapter.DrainReplies()[^1];
        var submit = _adapter.MakeActivity();
        submit.Value = CardActions.Data(confirm, "Yes");

        await _adapter.ProcessActivityAsync(submit, bot.OnTurnAsync);

        Assert.Equal(GreetingCopy.AskDay, _adapter.GetNextReply()?.Text);
    }

    [Fact]
    public async Task MembersAdded_UserJoins_SendsWelcome()
    {
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), _state, "Welcome!");
        var update = _adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        update.MembersAdded = [_adapter.Reference.User!];

        await _adapter.ProcessActivityAsync(update, bot.OnTurnAsync);

        Assert.Equal("Welcome!", _adapter.GetNextReply()?.Text);
    }

    [Fact]
    public async Task MembersAdded_OnlyTheBot_SendsNothing()
    {
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), _state);
        var update = _adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        update.MembersAdded = [_adapter.Reference.Bot!];

        await _adapter.ProcessActivityAsync(update, bot.OnTurnAsync);

        Assert.Null(_adapter.GetNextReply());
    }

    [Fact]
    public async Task Message_ConcurrentWriteDuringTurn_StorageConflictPropagates()
    {
        var storage = _storage;
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), _state);
        await SendAsync(bot, "hi");
        var key = ConversationState.KeyFor(_adapter.Reference.ChannelId!, _adapter.Reference.Conversation!.Id!);
        // Another instance answers in the same conversation between this turn's load and save. The bot
        // itself is asked (the turn runner would run the turn again): the conflict must leave the bot.
        var turn = new TurnContext(_adapter, _adapter.MakeActivity("Ada"));
        await new WriteAfterLoad(storage, key).OnTurnAsync(turn, _ => Task.CompletedTask, default);

        await Assert.ThrowsAsync<StorageConflictException>(() => bot.OnTurnAsync(turn, default));
    }

    private sealed class WriteAfterLoad(IStorage storage, string key) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            turnContext.OnSendActivities(async (context, activities, send) =>
            {
                var current = await storage.ReadAsync(key, cancellationToken);
                await storage.WriteAsync(key, current!.Content, WriteCondition.IfMatch(current.ETag), null, cancellationToken);
                return await send();
            });
            await next(cancellationToken);
        }
    }
}
