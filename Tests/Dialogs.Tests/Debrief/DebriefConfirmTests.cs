using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Tests.Support;
using static AllianceBot.Dialogs.Tests.Support.BotHarness;

namespace AllianceBot.Dialogs.Tests.Debrief;

public sealed class DebriefConfirmTests
{
    [Fact]
    public async Task Confirm_ArchiveDown_TellsUserKeepsPreviewAndSavesOnRetry()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync();
        bot.ArchiveStore.FailNextWrites = 1;

        var failed = await bot.SendAsync("confirm");
        Assert.Empty(await bot.SavedAsync());
        var saved = await bot.SendAsync("confirm");

        Assert.Null(bot.Client.LastError);
        Assert.Equal(DebriefCopy.SaveFailed, failed[0].Text);
        Assert.Contains(DebriefCopy.PreviewIntro, Texts(failed));
        var entry = Assert.Single(await bot.SavedAsync());
        Assert.Contains($"Saved as {entry.DebriefId}", Texts(saved));
    }

    [Fact]
    public async Task Confirm_ArchiveDownThenBotRestarts_DraftSurvivesAndSavesOnce()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync();
        bot.ArchiveStore.FailNextWrites = 1;
        await bot.SendAsync("confirm");

        bot.Restart();
        await bot.SendAsync("confirm");

        Assert.Single(await bot.SavedAsync());
    }

    [Fact]
    public async Task Confirm_SentTwice_OneRecordAndASecondAnswerThatSaysSo()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync();

        await bot.SendAsync("confirm");
        var again = await bot.SendAsync("confirm");

        Assert.Single(await bot.SavedAsync());
        Assert.Equal(CommandsCopy.NothingToConfirm, Assert.Single(again).Text);
    }

    [Fact]
    public async Task Confirm_DeliveredAgainAgainstTheSameState_OneRecord()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync();
        var key = ConversationState.KeyFor("test", "conversation-user-1");
        var before = (await bot.StateStore.ReadAsync(key))!;

        await bot.SendAsync("confirm");
        // A duplicate delivery processed by another instance that still saw the preview.
        await bot.StateStore.WriteAsync(key, before.Content, WriteCondition.Always);
        var duplicate = await bot.SendAsync("confirm");

        var entry = Assert.Single(await bot.SavedAsync());
        Assert.Contains($"Saved as {entry.DebriefId}", Texts(duplicate));
    }

    [Fact]
    public async Task Confirm_IdAlreadyTakenByAnotherDebrief_SavesUnderANewIdAndKeepsTheOther()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync();
        var state = System.Text.Encoding.UTF8.GetString((await bot.StateStore.ReadAsync(ConversationState.KeyFor("test", "conversation-user-1")))!.Content.Span);
        var drawn = System.Text.RegularExpressions.Regex.Match(state, "D-[0-9]{8}-[0-9A-Z]{5}").Value;
        var earlier = new AllianceBot.Dialogs.Archive.ArchivedDebrief(drawn, bot.User, DateOnly.FromDateTime(bot.Clock.GetUtcNow().UtcDateTime),
            "{}", "# an earlier session", new Dictionary<string, string>()) { Claim = "an-earlier-draft" };
        await bot.Archive.SaveAsync(earlier);

        var saved = await bot.SendAsync("confirm");

        var entries = await bot.SavedAsync();
        Assert.Equal(2, entries.Count);
        var fresh = Assert.Single(entries, e => e.DebriefId != drawn);
        Assert.Contains($"Saved as {fresh.DebriefId}", Texts(saved));
        Assert.Equal("# an earlier session", (await bot.Archive.GetAsync(bot.User, drawn))!.Markdown);
        Assert.Equal("C-104", (await bot.RecordAsync(fresh.DebriefId)).ClientCode);
    }

    [Fact]
    public async Task Confirm_ViolationReported_SupervisorNotifiedOnceAndReceiptSaysSo()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        var violation = BotHarness.Engine.Knowledge.WarningSigns.First(s => s.Severity == Prompts.Detection.Severity.Violation);
        await bot.DebriefToPreviewAsync(signs: violation.Code);

        var receipt = await bot.SendAsync("confirm");

        var record = Assert.Single(bot.Notifier.Notified);
        Assert.True(record.HasViolation);
        Assert.Contains(record.Findings, f => f.Code == violation.Code && f.SelfReported);
        Assert.Equal(DebriefCopy.Receipt(record.DebriefId, "Alex Chen", violation: true), Assert.Single(receipt).Text);
    }

    [Fact]
    public async Task Boundaries_ViolationTicked_DirectMessageToTalkToSupervisorNow()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        var violation = BotHarness.Engine.Knowledge.WarningSigns.First(s => s.Severity == Prompts.Detection.Severity.Violation);
        await bot.SendAsync("debrief");
        foreach (var answer in new[] { "C-104", "today", "ongoing", "in person", "We reviewed the job search plan together.", "4 4 4", "1" })
        {
            await bot.SendAsync(answer);
        }

        var reply = await bot.SendAsync(violation.Code);

        Assert.Contains("boundary violation", reply[0].Text);
        Assert.Contains("Alex Chen today", reply[0].Text);
    }

    [Fact]
    public async Task Confirm_NoViolation_NoNotificationAndRecordHasNoIdentifiers()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync(narrative: "She gave me her number 604-555-1234 and email sam@example.org; we agreed on goals.");

        await bot.SendAsync("confirm");

        Assert.Empty(bot.Notifier.Notified);
        var json = (await bot.Archive.GetAsync(bot.User, Assert.Single(await bot.SavedAsync()).DebriefId))!.Json;
        Assert.DoesNotContain("604-555-1234", json);
        Assert.DoesNotContain("sam@example.org", json);
        var state = (await bot.StateStore.ReadAsync(ConversationState.KeyFor("test", "conversation-user-1")))!;
        Assert.DoesNotContain("604-555-1234", System.Text.Encoding.UTF8.GetString(state.Content.Span));
    }

    [Fact]
    public async Task Confirm_SameClientRatingsFell_RecordNotesTheDrop()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync(client: "C-104");
        await bot.SendAsync("confirm");
        await bot.SendAsync("debrief");
        foreach (var answer in new[] { "C-104", "today", "ongoing", "in person", "We reviewed the job search plan and agreed the next step.", "4 4 1", "1", "none" })
        {
            await bot.SendAsync(answer);
        }
        await bot.SkipToPreviewAsync([]);
        await bot.SendAsync("confirm");

        var records = await Task.WhenAll((await bot.SavedAsync()).Select(e => bot.RecordAsync(e.DebriefId)));
        var second = Assert.Single(records, r => r.Ratings.Bond == 1);
        Assert.Contains(second.Findings, f => f.Code == "AC-DROP");
        Assert.DoesNotContain(Assert.Single(records, r => r.Ratings.Bond == 4).Findings, f => f.Code == "AC-DROP");
    }
}
