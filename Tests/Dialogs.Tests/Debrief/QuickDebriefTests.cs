using AllianceBot.TestKit;
using System.Text.Json;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Tests.Support;
using static AllianceBot.Dialogs.Tests.Support.BotHarness;

namespace AllianceBot.Dialogs.Tests.Debrief;

public sealed class QuickDebriefTests
{
    private static Dictionary<string, string> Complete() => QuickDebriefSubmit.Complete();

    private static JsonElement CardOf(IEnumerable<Activity> replies)
        => replies.SelectMany(r => r.Attachments ?? []).Last(a => a.ContentType == Attachment.AdaptiveCardContentType).Content!.Value;

    private static IEnumerable<JsonElement> Inputs(JsonElement card)
        => card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal));

    [Fact]
    public async Task QuickDebrief_Start_SendsOneVersion15CardWithAllInputs()
    {
        var bot = new BotHarness();

        var replies = await bot.SendAsync("quick debrief");

        var card = CardOf(replies);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var ids = Inputs(card).Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Superset(new HashSet<string?> { DebriefFields.ClientCode, DebriefFields.Date, DebriefFields.Kind, DebriefFields.Setting, DebriefFields.Narrative,
            DebriefFields.Goals, DebriefFields.Tasks, DebriefFields.Bond, DebriefFields.Standard, DebriefFields.Signs, DebriefFields.NextSteps }, ids.ToHashSet());
        Assert.Equal("Action.Submit", card.GetProperty("actions")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task QuickDebrief_CompleteCard_PreviewThenSameRecordAsGuided()
    {
        var bot = new BotHarness();
        await bot.SendAsync("quick debrief");

        var preview = await bot.SubmitAsync(Complete());
        await bot.SendAsync("confirm");

        Assert.Contains(DebriefCopy.PreviewIntro, Texts(preview));
        var record = await bot.RecordAsync(Assert.Single(await bot.SavedAsync()).DebriefId);
        Assert.Equal("C-300", record.ClientCode);
        Assert.Equal(new DateOnly(2026, 11, 21), record.Date);
        Assert.Equal(Prompts.Detection.SessionKind.First, record.Kind);
        Assert.Equal(SessionSetting.Video, record.Setting);
        Assert.Equal(new RatingsRecord(4, 3, 5), record.Ratings);
        Assert.Equal(["P4", "P5", "P8"], record.StandardItemsDone);
        Assert.Empty(record.BoundarySignsReported!);
        Assert.Equal("I rushed the ending.", Assert.Single(record.Reflections).Answer);
        Assert.Equal("Send the intake summary.", record.NextSteps);
        Assert.Equal("How to keep endings calm.", record.BringToSupervision);
    }

    [Fact]
    public async Task QuickDebrief_MissingAndOutOfRangeFields_ListsThemAndKeepsWhatWasEntered()
    {
        var bot = new BotHarness();
        await bot.SendAsync("quick debrief");
        var values = Complete();
        values.Remove(DebriefFields.ClientCode);
        values[DebriefFields.Goals] = "7";

        var retry = await bot.SubmitAsync(values);

        var text = Assert.Single(retry).Text!;
        Assert.StartsWith(DebriefCopy.QuickFixIntro, text);
        Assert.Contains(DebriefCopy.QuickMissing(DebriefCopy.ClientCodeLabel), text);
        Assert.Contains(DebriefCopy.RatingOutOfRange(7), text);
        var narrative = Inputs(CardOf(retry)).Single(i => i.GetProperty("id").GetString() == DebriefFields.Narrative);
        Assert.Equal(values[DebriefFields.Narrative], narrative.GetProperty("value").GetString());
        Assert.Empty(await bot.SavedAsync());
    }

    [Fact]
    public async Task QuickDebrief_TypedTextInsteadOfCard_ExplainsAndSendsTheCardAgain()
    {
        var bot = new BotHarness();
        await bot.SendAsync("quick debrief");

        var retry = await bot.SendAsync("C-300");

        Assert.Equal(DebriefCopy.QuickNeedsCard, Assert.Single(retry).Text);
        Assert.NotEmpty(retry[0].Attachments!);
    }

    [Fact]
    public async Task GuidedDebrief_BasicsCard_FillsAllFourBasics()
    {
        var bot = new BotHarness();
        await bot.SendAsync("debrief");

        var next = await bot.SubmitAsync(new Dictionary<string, string>
        {
            [DebriefFields.ClientCode] = "C-104", [DebriefFields.Date] = "2026-11-22", [DebriefFields.Kind] = "Closing", [DebriefFields.Setting] = "Phone",
        });

        Assert.Contains(DebriefCopy.AskNarrative, Texts(next));
    }

    [Fact]
    public async Task QuickDebrief_ViolationTicked_FeedbackSaysTalkToSupervisorNow()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await bot.SendAsync("quick debrief");
        var values = Complete();
        values[DebriefFields.Signs] = BotHarness.Engine.Knowledge.WarningSigns.First(s => s.Severity == Prompts.Detection.Severity.Violation).Code;

        var feedback = await bot.SubmitAsync(values);
        await bot.SendAsync("confirm");

        Assert.Contains("boundary violation", feedback[0].Text);
        Assert.Single(bot.Notifier.Notified);
    }
}
