using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Tests.Support;
using static AllianceBot.Dialogs.Tests.Support.BotHarness;

namespace AllianceBot.Dialogs.Tests.Debrief;

public sealed class DebriefResumeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alliancebot-debrief-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private IStorage Backend(string kind) => kind switch
    {
        "folder" => new LocalFolderStorage(_folder),
        "journal" => new JournaledFolderStorage(_folder),
        _ => new MemoryStorage(),
    };

    [Fact]
    public async Task Debrief_CancelHalfWay_KeepsAnswersAndResumesOnDebrief()
    {
        var bot = new BotHarness();
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        await bot.SendAsync("today");

        var cancelled = await bot.SendAsync("cancel");
        var offer = await bot.SendAsync("debrief");
        var resumed = await bot.SendAsync("continue");

        Assert.Equal(DebriefCopy.Cancelled, Assert.Single(cancelled).Text);
        Assert.Equal(DebriefCopy.Resume(DebriefCopy.Ago(TimeSpan.Zero), "C-104"), Assert.Single(offer).Text);
        Assert.Contains(DebriefCopy.AskKind, Texts(resumed));
    }

    [Fact]
    public async Task Debrief_CancelThenDiscard_StartsAFreshDebrief()
    {
        var bot = new BotHarness();
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        await bot.SendAsync("cancel");
        await bot.SendAsync("debrief");

        var fresh = await bot.SendAsync("discard");

        Assert.Equal(DebriefCopy.Discarded, fresh[0].Text);
        Assert.Contains(DebriefCopy.AskClientCode, Texts(fresh));
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("folder")]
    [InlineData("journal")]
    public async Task Debrief_BotRestartsAndUserReturnsHoursLater_OffersToContinueThenCarriesOn(string backend)
    {
        var store = Backend(backend);
        var bot = new BotHarness(state: store, archive: store);
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        await bot.SendAsync("today");

        bot.Restart();
        bot.Clock.Advance(TimeSpan.FromHours(2));
        var offer = await bot.SendAsync("first");
        var resumed = await bot.SendAsync("continue");
        var next = await bot.SendAsync("first");

        Assert.Equal(DebriefCopy.Resume("2 hours ago", "C-104"), Assert.Single(offer).Text);
        Assert.Contains(DebriefCopy.AskKind, Texts(resumed));
        Assert.Contains(DebriefCopy.AskSetting, Texts(next));
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("folder")]
    [InlineData("journal")]
    public async Task Debrief_WholeConversationAcrossRestarts_SavesOneRecord(string backend)
    {
        var store = Backend(backend);
        var bot = new BotHarness(state: store, archive: store);
        var replies = await bot.SendAsync("debrief");
        foreach (var answer in new[] { "C-104", "today", "ongoing", "in person", "We reviewed the plan and she felt heard.", "4 4 4", "1", "none" })
        {
            bot.Restart();
            replies = await bot.SendAsync(answer);
        }
        bot.Restart();
        await bot.SkipToPreviewAsync(replies);
        bot.Restart();
        var receipt = await bot.SendAsync("confirm");

        var saved = Assert.Single(await bot.SavedAsync());
        Assert.Contains(saved.DebriefId, Texts(receipt));
    }

    [Fact]
    public async Task Debrief_TwoMessagesInARow_BothAnswersAreKept()
    {
        var bot = new BotHarness();
        await bot.SendAsync("debrief");
        var first = new BotHarness(state: bot.StateStore);
        var second = new BotHarness(state: bot.StateStore);

        await first.SendAsync("C-104");
        var reply = await second.SendAsync("yesterday");

        Assert.Contains(DebriefCopy.AskKind, Texts(reply));
        await second.SendAsync("cancel");
        var offer = await second.SendAsync("debrief");
        Assert.Contains("C-104", Texts(offer));
    }
}
