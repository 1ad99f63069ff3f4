using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Tests.Safety;

/// <summary>A debrief that reported imminent risk stays like one that recorded a violation: discard tells, delete needs the supervisor or leaves a tombstone.</summary>
public sealed class CrisisRecordStaysTests
{
    private const string Crisis = "My client said she is going to kill herself tonight, she has the pills ready.";
    private const string Narrative = "We worked on her resume for most of the hour. " + Crisis + " I stayed with her and called the crisis team.";

    [Fact]
    public async Task DiscardAfterCrisis_NotifiesTheSupervisorWithTheCrisisAndSaysSo()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        await bot.SendAsync(Crisis);
        await bot.SendAsync("cancel");

        var done = await bot.SendAsync("discard");

        Assert.Equal(DebriefCopy.DiscardedButTold("Alex Chen", DigestCopy.CrisisConcern), Assert.Single(done).Text);
        var notice = Assert.Single(bot.Notifier.Discarded);
        Assert.NotNull(notice.CrisisReportedAt);
        Assert.Empty(notice.Disclosed);
        var tombstone = Assert.Single(await bot.Archive.ListTombstonesAsync(bot.User));
        Assert.Equal((TombstoneReason.Discarded, SupervisionEngine.CrisisCode), (tombstone.Reason, Assert.Single(tombstone.Codes)));
    }

    [Fact]
    public async Task DiscardWithoutCrisisOrViolation_NothingKept()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        await bot.SendAsync("cancel");

        Assert.Equal(DebriefCopy.Discarded, Assert.Single(await bot.SendAsync("discard")).Text);
        Assert.Empty(bot.Notifier.Discarded);
        Assert.Empty(await bot.Archive.ListTombstonesAsync(bot.User));
    }

    [Fact]
    public async Task DeleteCrisisRecord_WithSupervisor_AsksThemAndKeepsTheRecord()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await bot.DebriefToPreviewAsync(narrative: Narrative);
        await bot.SendAsync("confirm");
        var id = Assert.Single(await bot.SavedAsync()).DebriefId;
        var record = await bot.RecordAsync(id);
        Assert.True(record.CrisisReported && record.MustStay && !record.HasViolation);

        Assert.Equal(CommandsCopy.AskSupervisorToDelete(id, "Alex Chen", DigestCopy.CrisisConcern), (await bot.SendAsync($"delete {id}"))[0].Text);
        Assert.Equal(CommandsCopy.DeletionRequested(id, "Alex Chen"), Assert.Single(await bot.SendAsync("yes")).Text);

        Assert.Equal(id, Assert.Single(bot.Notifier.DeletionRequests).DebriefId);
        Assert.Single(await bot.SavedAsync());
    }

    [Fact]
    public async Task DeleteCrisisRecord_NoSupervisor_DeletedWithTombstoneThatShowFinds()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync(narrative: Narrative);
        await bot.SendAsync("confirm");
        var id = Assert.Single(await bot.SavedAsync()).DebriefId;
        var record = await bot.RecordAsync(id);

        Assert.Equal(CommandsCopy.AskDeleteLeavingTombstone(id, "C-104", record.Date, DigestCopy.CrisisConcern), (await bot.SendAsync($"delete {id}"))[0].Text);
        Assert.Equal(CommandsCopy.DeletedLeavingTombstone(id), Assert.Single(await bot.SendAsync("yes")).Text);

        Assert.Empty(await bot.SavedAsync());
        var tombstone = (await bot.Archive.GetTombstoneAsync(bot.User, id))!;
        Assert.Equal([SupervisionEngine.CrisisCode], tombstone.Codes);
        var shown = VisibleText.Of(Assert.Single(await bot.SendAsync($"show {id.ToLowerInvariant()}")));
        Assert.Contains("Deleted on", shown);
        Assert.DoesNotContain("kill herself", shown);
    }

    [Fact]
    public async Task ShowAndDelete_SomethingThatIsNotAnId_RefusedWithoutEcho()
    {
        var bot = new BotHarness();
        const string junk = "D-2026\u202Eevil-id-that-is-far-too-long";

        var shown = Assert.Single(await bot.SendAsync($"show {junk}"));
        var deleted = Assert.Single(await bot.SendAsync($"delete {junk}"));

        Assert.Equal(CommandsCopy.NotAnId, shown.Text);
        Assert.Equal(CommandsCopy.NotAnId, deleted.Text);
    }
}
