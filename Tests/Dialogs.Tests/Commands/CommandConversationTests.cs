using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.TestKit;
using static AllianceBot.Dialogs.Tests.Support.BotHarness;

namespace AllianceBot.Dialogs.Tests.Commands;

public sealed class CommandConversationTests
{
    private static async Task<string> SaveOneAsync(BotHarness bot)
    {
        await bot.DebriefToPreviewAsync();
        await bot.SendAsync("confirm");
        return Assert.Single(await bot.SavedAsync()).DebriefId;
    }

    [Fact]
    public async Task MyDebriefs_AfterTwoDebriefs_ListsBothIdsWithDates()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync(client: "C-1");
        await bot.SendAsync("confirm");
        await bot.DebriefToPreviewAsync(client: "C-2");
        await bot.SendAsync("confirm");

        var list = Assert.Single(await bot.SendAsync("my debriefs")).Text!;

        foreach (var entry in await bot.SavedAsync())
        {
            Assert.Contains(entry.DebriefId, list);
        }
        Assert.Contains("2026-11-22", list);
    }

    [Fact]
    public async Task Show_OwnId_ShowsTheSummary()
    {
        var bot = new BotHarness();
        var id = await SaveOneAsync(bot);

        // Lower case, and O for the zero a person may read in the id: the same debrief.
        var typed = id.ToLowerInvariant()[..^5] + id[^5..].ToLowerInvariant().Replace('0', 'o');
        var shown = await bot.SendAsync($"<at>AllianceBot</at> show {typed}");

        var reply = Assert.Single(shown);
        Assert.Contains($"Debrief {id}", VisibleText.Of(reply));
        // Where the card is not rendered, Markdown Teams renders: bold and lists, no headings, no tables.
        var fallback = reply.Attachments![0].Content!.Value.GetProperty("fallbackText").GetString()!;
        Assert.StartsWith($"**Debrief {id}", fallback);
        Assert.DoesNotMatch(@"(?m)^#|\|", fallback);
    }

    [Fact]
    public async Task Show_AnotherPractitionersId_IsNotFound()
    {
        var owner = new BotHarness();
        var id = await SaveOneAsync(owner);
        var other = owner.As("user-2");

        var shown = await other.SendAsync($"show {id}");

        Assert.Equal(CommandsCopy.NotFound(id), Assert.Single(shown).Text);
    }

    [Fact]
    public async Task Delete_OwnIdConfirmed_RemovesIt()
    {
        var bot = new BotHarness();
        var id = await SaveOneAsync(bot);

        var ask = await bot.SendAsync($"delete {id}");
        var done = await bot.SendAsync("yes");

        Assert.StartsWith($"Delete debrief {id}", ask[0].Text);
        Assert.Equal(CommandsCopy.Deleted(id), Assert.Single(done).Text);
        Assert.Empty(await bot.SavedAsync());
    }

    [Fact]
    public async Task Delete_Declined_KeepsIt()
    {
        var bot = new BotHarness();
        var id = await SaveOneAsync(bot);

        await bot.SendAsync($"delete {id}");
        await bot.SendAsync("no");

        Assert.Single(await bot.SavedAsync());
    }

    [Fact]
    public async Task Delete_AnotherPractitionersId_IsNotFoundAndKept()
    {
        var owner = new BotHarness();
        var id = await SaveOneAsync(owner);

        var reply = await owner.As("user-2").SendAsync($"delete {id}");

        Assert.Equal(CommandsCopy.NotFound(id), Assert.Single(reply).Text);
        Assert.Single(await owner.SavedAsync());
    }

    [Fact]
    public async Task Delete_AfterTheWindow_IsRefused()
    {
        var bot = new BotHarness(options: new DebriefOptions { DeleteWindow = TimeSpan.FromHours(24) });
        var id = await SaveOneAsync(bot);
        bot.Clock.Advance(TimeSpan.FromHours(25));

        var reply = await bot.SendAsync($"delete {id}");

        Assert.Equal(CommandsCopy.TooLateToDelete(id, TimeSpan.FromHours(24)), Assert.Single(reply).Text);
        Assert.Single(await bot.SavedAsync());
    }

    [Fact]
    public async Task UnknownCommand_ListsWhatTheBotCanDo()
    {
        var bot = new BotHarness();

        var reply = Assert.Single(await bot.SendAsync("blorp"));

        Assert.StartsWith("Sorry, I didn't catch that.", reply.Text);
        Assert.Contains(CommandsCopy.DebriefUsage, reply.Text);
        Assert.Contains(CommandsCopy.MyDebriefsUsage, reply.Text);
    }

    [Fact]
    public async Task Install_SendsWelcomeCardWhoseDebriefButtonStartsADebrief()
    {
        var bot = new BotHarness();
        var install = bot.Client.Adapter.MakeActivity(type: ActivityTypes.InstallationUpdate);
        install.Action = "add";

        var welcome = await bot.Client.SendAsync(install);
        var started = await bot.Client.ClickAsync(welcome, CommandsCopy.WelcomeDebrief);

        Assert.Equal([CommandsCopy.WelcomeDebrief, CommandsCopy.WelcomeQuick, CommandsCopy.WelcomeAsk, CommandsCopy.WelcomeHelp], CardActions.Titles(Assert.Single(welcome)));
        Assert.Contains(DebriefCopy.AskClientCode, Texts(started));
    }

    [Fact]
    public async Task MembersAdded_SendsWelcomeCard()
    {
        var bot = new BotHarness();
        var added = bot.Client.Adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        added.MembersAdded = [bot.Client.Adapter.Reference.User!];

        var welcome = await bot.Client.SendAsync(added);

        Assert.Equal(CommandsCopy.Welcome, Assert.Single(welcome).Text);
    }

    [Fact]
    public async Task Status_WithUnfinishedDebrief_SaysHowToContinue()
    {
        var bot = new BotHarness();
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        await bot.SendAsync("cancel");
        bot.Clock.Advance(TimeSpan.FromMinutes(10));

        var status = await bot.SendAsync("status");
        var discard = await bot.SendAsync("discard");
        var after = await bot.SendAsync("status");

        Assert.Equal(CommandsCopy.Unfinished("10 minutes ago", "C-104"), Assert.Single(status).Text);
        Assert.Equal(DebriefCopy.Discarded, Assert.Single(discard).Text);
        Assert.Equal(CommandsCopy.NothingInProgress, Assert.Single(after).Text);
    }
}
