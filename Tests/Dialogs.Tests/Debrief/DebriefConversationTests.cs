using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Tests.Support;

namespace AllianceBot.Dialogs.Tests.Debrief;

public sealed class DebriefConversationTests
{
    private static string Texts(IEnumerable<Activity> replies) => string.Join("\n---\n", replies.Select(r => r.Text));

    [Fact]
    public async Task Debrief_TypedHappyPath_SavesOneMaskedRecordAndGivesReceipt()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));

        var start = await bot.SendAsync("debrief");
        Assert.Contains("Alex Chen", Texts(start));
        Assert.Contains(DebriefCopy.AskClientCode, Texts(start));

        await bot.SendAsync("C-104");
        await bot.SendAsync("yesterday");
        await bot.SendAsync("first");
        await bot.SendAsync("video");
        var ratings = await bot.SendAsync("We talked about roles. Client emailed me at jo@example.com before the session.");
        Assert.Contains(DebriefCopy.AskGoals, Texts(ratings));
        await bot.SendAsync("4");
        await bot.SendAsync("3");
        var standard = await bot.SendAsync("2");
        Assert.Contains("P4", Texts(standard));
        var boundaries = await bot.SendAsync("1, 3");
        Assert.Contains(DebriefCopy.AskBoundaries, Texts(boundaries));
        var reflection = await bot.SendAsync("none");
        Assert.Contains(DebriefCopy.BoundariesClear, Texts(reflection));
        Assert.Contains("What helped trust grow today?", Texts(reflection));
        await bot.SendAsync("Naming the worry out loud.");
        var nextSteps = await bot.SendAsync("skip");
        Assert.Contains(DebriefCopy.AskNextSteps, Texts(nextSteps));
        var preview = await bot.SendAsync("Send the worksheet and book two weeks out.");
        Assert.Contains(DebriefCopy.WentWellTitle, Texts(preview));
        Assert.Contains(DebriefCopy.PreviewIntro, Texts(preview));

        var receipt = await bot.SendAsync("confirm");

        var saved = Assert.Single(await bot.SavedAsync());
        Assert.Contains($"Saved as {saved.DebriefId}", Texts(receipt));
        Assert.Contains("Alex Chen", Texts(receipt));
        var record = DebriefRecordBuilder.FromJson((await bot.Archive.GetAsync(bot.User, saved.DebriefId))!.Json)!;
        Assert.Equal("C-104", record.ClientCode);
        Assert.Equal(new DateOnly(2026, 11, 21), record.Date);
        Assert.Equal(new RatingsRecord(4, 3, 2), record.Ratings);
        Assert.Equal(["P4", "P8"], record.StandardItemsDone);
        Assert.Empty(record.BoundarySignsReported!);
        Assert.DoesNotContain("jo@example.com", record.Narrative);
        Assert.Contains("[email]", record.Narrative);
        Assert.Equal("sup-1", record.Supervisor?.Id);
        Assert.Equal("stub-1", record.EngineVersion);
        Assert.Equal(DebriefRecord.CurrentSchemaVersion, record.SchemaVersion);
    }
}
