using AllianceBot.Dialogs.Bots;
using AllianceBot.Dialogs.Greeting;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Bots;

public sealed class DialogBotTests
{
    private readonly TestAdapter _adapter = new();

    private Task SendAsync(DialogBot<GreetingDialog> bot, string text) => _adapter.ProcessActivityAsync(_adapter.MakeActivity(text), bot.OnTurnAsync);

    [Fact]
    public async Task Message_FirstOfConversation_RunsRootDialog()
    {
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), new ConversationState(new MemoryStorage()));

        await SendAsync(bot, "hi");

        Assert.Equal(GreetingCopy.AskName, _adapter.GetNextReply()?.Text);
    }

    [Fact]
    public async Task Message_EachTurn_SavesStateSoNextTurnContinues()
    {
        var storage = new MemoryStorage();
        await SendAsync(new DialogBot<GreetingDialog>(new GreetingDialog(), new ConversationState(storage)), "hi");
        _adapter.DrainReplies();

        await SendAsync(new DialogBot<GreetingDialog>(new GreetingDialog(), new ConversationState(storage)), "Ada");

        Assert.Equal(GreetingCopy.ConfirmName("Ada"), _adapter.GetNextReply()?.Text);
    }

    [Fact]
    public async Task CardSubmit_ConfirmButton_AdvancesDialog()
    {
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), new ConversationState(new MemoryStorage()));
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
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), new ConversationState(new MemoryStorage()), "Welcome!");
        var update = _adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        update.MembersAdded = [_adapter.Reference.User!];

        await _adapter.ProcessActivityAsync(update, bot.OnTurnAsync);

        Assert.Equal("Welcome!", _adapter.GetNextReply()?.Text);
    }

    [Fact]
    public async Task MembersAdded_OnlyTheBot_SendsNothing()
    {
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), new ConversationState(new MemoryStorage()));
        var update = _adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        update.MembersAdded = [_adapter.Reference.Bot!];

        await _adapter.ProcessActivityAsync(update, bot.OnTurnAsync);

        Assert.Null(_adapter.GetNextReply());
    }

    [Fact]
    public async Task Message_ConcurrentWriteDuringTurn_StorageConflictPropagates()
    {
        var storage = new MemoryStorage();
        var bot = new DialogBot<GreetingDialog>(new GreetingDialog(), new ConversationState(storage));
        await SendAsync(bot, "hi");
        var key = ConversationState.KeyFor(_adapter.Reference.ChannelId!, _adapter.Reference.Conversation!.Id!);
        // Another instance answers in the same conversation between this turn's load and save.
        _adapter.Use(new WriteAfterLoad(storage, key));

        await Assert.ThrowsAsync<StorageConflictException>(() => SendAsync(bot, "Ada"));
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
