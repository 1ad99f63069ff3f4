using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Tests.Support;

namespace AllianceBot.Dialogs.Tests.Debrief;

public sealed class DebriefConversationTests
{
    private static string Texts(IEnumerable<Activity> replies) => BotHarness.Texts(replies);

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
        var ratings = await bot.SendAsync("video");
        Assert.Contains(DebriefCopy.AskNarrative, Texts(ratings));
        ratings = await bot.SendAsync("We talked about roles. Client emailed me at jo@example.com before the session.");
        Assert.Contains(DebriefCopy.AskGoals, Texts(ratings));
        await bot.SendAsync("4");
        await bot.SendAsync("3");
        var standard = await bot.SendAsync("2");
        Assert.Contains(DebriefCopy.StandardChecks["P4"], VisibleText.Of(standard.Last()));
        var boundaries = await bot.SendAsync("1, 3");
        Assert.Contains(DebriefCopy.AskBoundaries, Texts(boundaries));
        var nextSteps = await bot.SendAsync("none");
        Assert.Contains(DebriefCopy.BoundariesClear, Texts(nextSteps));
        Assert.Contains(DebriefCopy.AskNextSteps, Texts(nextSteps));
        var supervision = await bot.SendAsync("Send the worksheet and book two weeks out.");
        Assert.Contains("To sit with: ", Texts(supervision));
        var preview = await bot.SendAsync("How to hold roles clearly with a new client.");
        Assert.Contains(DebriefCopy.WentWellTitle, Texts(preview));
        Assert.Contains(DebriefCopy.PreviewIntro, Texts(preview));

        var receipt = await bot.SendAsync("confirm");
        Assert.Null(bot.Client.LastError);

        var saved = Assert.Single(await bot.SavedAsync());
        Assert.Contains($"Saved as {saved.DebriefId}", Texts(receipt));
        Assert.Contains("Alex Chen", Texts(receipt));
        var record = DebriefRecordBuilder.FromJson((await bot.Archive.GetAsync(bot.User, saved.DebriefId))!.Json)!;
        Assert.Equal("C-104", record.ClientCode);
        Assert.Equal(new DateOnly(2026, 11, 21), record.Date);
        Assert.Equal(new RatingsRecord(4, 3, 2), record.Ratings);
        Assert.Equal(["P4", "P8"], record.StandardItemsDone);
        Assert.Equal("Send the worksheet and book two weeks out.", record.NextSteps);
        Assert.Equal("How to hold roles clearly with a new client.", record.BringToSupervision);
        Assert.Empty(record.BoundarySignsReported!);
        Assert.DoesNotContain("jo@example.com", record.Narrative);
        Assert.Contains("[email]", record.Narrative);
        Assert.Equal("sup-1", record.Supervisor?.Id);
        Assert.Equal(AllianceBot.Prompts.SupervisionEngine.Version, record.EngineVersion);
        Assert.Equal(DebriefRecord.CurrentSchemaVersion, record.SchemaVersion);
    }

    [Fact]
    public async Task Debrief_InvalidRatings_ReasksWithHelpfulRetry()
    {
        var bot = new BotHarness();
        foreach (var answer in new[] { "debrief", "C-104", "today", "ongoing", "video", "A long session about the CV and interview nerves." })
        {
            await bot.SendAsync(answer);
        }

        var eleven = await bot.SendAsync("eleven");
        var fraction = await bot.SendAsync("7/10");
        var words = await bot.SendAsync("very good");
        var accepted = await bot.SendAsync("5/5");

        Assert.Equal(DebriefCopy.RatingOutOfRange(11), Assert.Single(eleven).Text);
        Assert.Equal(DebriefCopy.RatingFraction(7, 10), Assert.Single(fraction).Text);
        Assert.Equal(DebriefCopy.RatingNotANumber, Assert.Single(words).Text);
        Assert.Contains(DebriefCopy.AskTasks, Texts(accepted));
    }

    [Fact]
    public async Task Debrief_ClientNamedInsteadOfCode_AsksForACode()
    {
        var bot = new BotHarness();
        await bot.SendAsync("debrief");

        var name = await bot.SendAsync("Sarah Jones");
        var email = await bot.SendAsync("sarah@example.com");
        var code = await bot.SendAsync("C-104");

        Assert.Equal(DebriefCopy.ClientCodeLooksPersonal, Assert.Single(name).Text);
        Assert.Equal(DebriefCopy.ClientCodeLooksPersonal, Assert.Single(email).Text);
        Assert.Contains(DebriefCopy.AskDate, Texts(code));
    }

    [Fact]
    public async Task Debrief_WeekdayDate_IsTheMostRecentOne()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync();
        await bot.SendAsync("edit");
        await bot.SendAsync("the basics");
        await bot.SendAsync("C-200");

        await bot.SendAsync("Tuesday");
        await bot.SendAsync("closing");
        await bot.SkipToPreviewAsync(await bot.SendAsync("phone"));
        await bot.SendAsync("confirm");

        var record = await bot.RecordAsync(Assert.Single(await bot.SavedAsync()).DebriefId);
        Assert.Equal(new DateOnly(2026, 11, 17), record.Date);
        Assert.Equal(SessionSetting.Phone, record.Setting);
        Assert.Equal("C-200", record.ClientCode);
    }

    [Fact]
    public async Task Debrief_Back_AsksThePreviousQuestionAgain()
    {
        var bot = new BotHarness();
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        await bot.SendAsync("yesterday");

        var back = await bot.SendAsync("back");
        var again = await bot.SendAsync("today");

        Assert.Contains(DebriefCopy.AskDate, Texts(back));
        Assert.Contains(DebriefCopy.AskKind, Texts(again));
    }

    [Fact]
    public async Task Debrief_EditRatingsFromPreview_ReturnsToPreviewWithNewRatings()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync();

        var parts = await bot.SendAsync("edit");
        var ratings = await bot.SendAsync("ratings");
        var preview = await bot.SendAsync("1 2 1");
        await bot.SendAsync("confirm");

        Assert.Contains(DebriefCopy.AskEditPart, Texts(parts));
        Assert.Contains(DebriefCopy.AskGoals, Texts(ratings));
        Assert.Contains(DebriefCopy.PreviewRatings(1, 2, 1), Texts(preview));
        var record = await bot.RecordAsync(Assert.Single(await bot.SavedAsync()).DebriefId);
        Assert.Equal(new RatingsRecord(1, 2, 1), record.Ratings);
    }

    [Fact]
    public async Task Debrief_StatusAndHelp_SayStepAndReaskQuestion()
    {
        var bot = new BotHarness();
        foreach (var answer in new[] { "debrief", "C-104", "today", "ongoing", "video", "A long session about the CV and interview nerves." })
        {
            await bot.SendAsync(answer);
        }

        var status = await bot.SendAsync("status");
        var help = await bot.SendAsync("help");

        Assert.Equal(DebriefCopy.Status(3, 8, "ratings"), status[0].Text);
        Assert.Contains(DebriefCopy.AskGoals, status[1].Text);
        Assert.StartsWith(DebriefCopy.Status(3, 8, "ratings"), help[0].Text);
    }

    [Fact]
    public async Task Debrief_SkipRequiredPart_SaysItCannotBeSkipped()
    {
        var bot = new BotHarness();
        await bot.SendAsync("debrief");

        var skip = await bot.SendAsync("skip");

        Assert.Equal(DebriefCopy.CannotSkip, skip[0].Text);
    }

    [Fact]
    public async Task Debrief_DiscardFromPreview_SavesNothing()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync();

        await bot.SendAsync("discard");
        var done = await bot.SendAsync("yes");

        Assert.Equal(DebriefCopy.Discarded, Assert.Single(done).Text);
        Assert.Empty(await bot.SavedAsync());
    }
}
