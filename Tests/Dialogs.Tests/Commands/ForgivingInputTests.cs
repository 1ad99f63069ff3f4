using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Commands;

public sealed class ForgivingInputTests
{
    [Theory]
    [InlineData("my debreifs", "my debriefs")]
    [InlineData("sho D-20261122-7K3Q9", "show D-20261122-7K3Q9")]
    [InlineData("quikc debrief", "quick debrief")]
    [InlineData("debrif", "debrief")]
    [InlineData("stauts", "status")]
    public async Task NearMissCommand_AsksDidYouMeanWithAButtonThatRunsIt(string typed, string meant)
    {
        var bot = new BotHarness();

        var reply = Assert.Single(await bot.SendAsync(typed));

        Assert.Equal(CommandsCopy.DidYouMean(meant), reply.Text);
        Assert.Equal([meant], CardActions.Commands(reply));
    }

    [Fact]
    public async Task DidYouMeanButton_RunsTheCommand()
    {
        var bot = new BotHarness();
        var suggestion = await bot.SendAsync("my debreifs");

        var ran = await bot.Client.ClickAsync(suggestion, "my debriefs");

        Assert.Equal(CommandsCopy.NoDebriefs, Assert.Single(ran).Text);
    }

    [Theory]
    [InlineData("I had a really hard session today")]
    [InlineData("ok")]
    [InlineData("thanks")]
    public void Sentences_AreNotTakenForCommands(string typed)
        => Assert.Null(CommandSuggestion.Suggest(typed, ["debrief", "quick debrief", "my debriefs", "show", "delete", "status", "discard", "help", "hi", "ask", "digest", "review"]));

    [Theory]
    [InlineData("debreif", "debrief", 1)]
    [InlineData("debrief", "debriefs", 1)]
    [InlineData("digets", "digest", 1)]
    [InlineData("delete", "review", 5)]
    public void Distance_CountsSlips_ASwapIsOne(string a, string b, int expected)
        => Assert.Equal(expected, CommandSuggestion.Distance(a, b));

    [Fact]
    public async Task Install_ThenMembersAdded_OneWelcome_ReinstallWelcomesAgain()
    {
        var bot = new BotHarness();
        var install = bot.Client.Adapter.MakeActivity(type: ActivityTypes.InstallationUpdate);
        install.Action = "add";
        var added = bot.Client.Adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        added.MembersAdded = [bot.Client.Adapter.Reference.User!];

        var first = await bot.Client.SendAsync(install);
        var second = await bot.Client.SendAsync(added);
        var removed = bot.Client.Adapter.MakeActivity(type: ActivityTypes.InstallationUpdate);
        removed.Action = "remove";
        await bot.Client.SendAsync(removed);
        var again = bot.Client.Adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        again.MembersAdded = [bot.Client.Adapter.Reference.User!];
        var third = await bot.Client.SendAsync(again);

        Assert.Equal(CommandsCopy.Welcome, Assert.Single(first).Text);
        Assert.Empty(second);
        Assert.Equal(CommandsCopy.Welcome, Assert.Single(third).Text);
    }

    [Fact]
    public async Task RatingsAsFractionsAndNames_AreAccepted()
    {
        var bot = new BotHarness();
        foreach (var answer in new[] { "debrief", "C-104 today ongoing video", "We reviewed the job search plan and agreed the next step together." })
        {
            await bot.SendAsync(answer);
        }

        var next = await bot.SendAsync("goals 4/5 tasks 3 out of 5 bond 5");

        Assert.Contains(DebriefCopy.AskStandard, BotHarness.Texts(next));
    }
}
