using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Tests.Support;

namespace AllianceBot.Dialogs.Tests.Debrief;

/// <summary>Records of violations stay: a discard after one was disclosed still reaches the supervisor, a delete needs them or leaves a tombstone.</summary>
public sealed class DisclosureTests
{
    // A gift and nothing else: "I said yes" also reads as agreeing to go together (the engine then adds BV-DUAL).
    private const string Gift = "She gave me concert tickets and I accepted them. We talked about her job search.";

    private static async Task ToPreviewWithViolationAsync(BotHarness bot)
    {
        foreach (var answer in new[] { "debrief", "C-104 today ongoing video", Gift, "4 4 4", "1" })
        {
            await bot.SendAsync(answer);
        }
        var told = await bot.SendAsync("ok");
        Assert.Contains("This is a boundary violation", BotHarness.Texts(told));
        await bot.SkipToPreviewAsync(told);
    }

    [Fact]
    public async Task DiscardFromPreviewAfterViolation_NotifiesSupervisorAndSaysSo()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await ToPreviewWithViolationAsync(bot);

        await bot.SendAsync("discard");
        var done = await bot.SendAsync("yes");

        Assert.Equal(DebriefCopy.DiscardedButTold("Alex Chen"), Assert.Single(done).Text);
        var notice = Assert.Single(bot.Notifier.Discarded);
        Assert.Equal(("C-104", "BV-GIFT"), (notice.ClientCode, Assert.Single(notice.Disclosed).Code));
        Assert.Empty(await bot.SavedAsync());
        Assert.Equal(TombstoneReason.Discarded, Assert.Single(await bot.Archive.ListTombstonesAsync(bot.User)).Reason);
    }

    [Fact]
    public async Task ViolationUntickedAfterBack_StillDisclosed_DiscardStillNotifies()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await ToPreviewWithViolationAsync(bot);
        await bot.SendAsync("edit");
        await bot.SendAsync("boundary check");
        await bot.SendAsync("none");

        await bot.SendAsync("cancel");
        await bot.SendAsync("discard");

        Assert.Single(bot.Notifier.Discarded);
    }

    [Fact]
    public async Task DiscardWhileArchiveIsDown_KeepsTheDraftAndSaysSo()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await ToPreviewWithViolationAsync(bot);
        await bot.SendAsync("discard");
        bot.ArchiveStore.FailNextWrites = 1;

        var failed = await bot.SendAsync("yes");
        Assert.Contains(DebriefCopy.DiscardFailed, BotHarness.Texts(failed));
        Assert.Contains(DebriefCopy.PreviewIntro, BotHarness.Texts(failed));
        Assert.Empty(bot.Notifier.Discarded);

        await bot.SendAsync("discard");
        var done = await bot.SendAsync("yes");
        Assert.Equal(DebriefCopy.DiscardedButTold("Alex Chen"), Assert.Single(done).Text);
    }

    [Fact]
    public async Task DeleteViolationRecord_WithSupervisor_AsksThemAndKeepsTheRecord()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await ToPreviewWithViolationAsync(bot);
        await bot.SendAsync("confirm");
        var id = Assert.Single(await bot.SavedAsync()).DebriefId;

        Assert.Equal(CommandsCopy.AskSupervisorToDelete(id, "Alex Chen"), (await bot.SendAsync($"delete {id}"))[0].Text);
        Assert.Equal(CommandsCopy.DeletionRequested(id, "Alex Chen"), Assert.Single(await bot.SendAsync("yes")).Text);

        Assert.Equal(id, Assert.Single(bot.Notifier.DeletionRequests).DebriefId);
        Assert.Single(await bot.SavedAsync());
    }

    [Fact]
    public async Task DeleteViolationRecord_NoSupervisor_DeletedWithTombstoneThatShowFinds()
    {
        var bot = new BotHarness();
        await ToPreviewWithViolationAsync(bot);
        await bot.SendAsync("confirm");
        var id = Assert.Single(await bot.SavedAsync()).DebriefId;

        await bot.SendAsync($"delete {id}");
        var deleted = await bot.SendAsync("yes");

        Assert.Equal(CommandsCopy.DeletedLeavingTombstone(id), Assert.Single(deleted).Text);
        Assert.Empty(await bot.SavedAsync());
        var tombstone = (await bot.Archive.GetTombstoneAsync(bot.User, id))!;
        Assert.Equal((TombstoneReason.Deleted, bot.User, "BV-GIFT"), (tombstone.Reason, tombstone.By.Id, Assert.Single(tombstone.Codes)));
        Assert.Contains("Deleted on 22 Nov 2026", VisibleText.Of(Assert.Single(await bot.SendAsync($"show {id}"))));
    }

    [Fact]
    public async Task DeleteOrdinaryRecord_NoTombstone()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync();
        await bot.SendAsync("confirm");
        var id = Assert.Single(await bot.SavedAsync()).DebriefId;

        await bot.SendAsync($"delete {id}");
        Assert.Equal(CommandsCopy.Deleted(id), Assert.Single(await bot.SendAsync("yes")).Text);
        Assert.Null(await bot.Archive.GetTombstoneAsync(bot.User, id));
    }
}
