using AllianceBot.TestKit;
using System.Text;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Digests;
using static AllianceBot.Dialogs.Tests.Supervision.SupervisionFixtures;

namespace AllianceBot.Dialogs.Tests.Debrief;

/// <summary>
/// A draft that disclosed a violation or reported a crisis does not expire silently: by the sweep or by
/// its owner's next turn, a tombstone stays and the supervisor is told, once; while the archive is down
/// the draft stays. Other drafts expire as before.
/// </summary>
public sealed class ExpiredDisclosureTests
{
    private const string Gift = "She gave me concert tickets and I accepted them. We talked about her job search.";
    private const string Crisis = "My client said she is going to kill herself tonight, she has the pills ready.";
    private static readonly TimeSpan PastLifetime = new DebriefOptions().DraftTtl + TimeSpan.FromDays(1);

    private static async Task DiscloseViolationAsync(Func<string, Task<IReadOnlyList<Schema.Activity>>> send)
    {
        foreach (var answer in new[] { "debrief", "C-104 today ongoing video", Gift, "4 4 4", "1" })
        {
            await send(answer);
        }
        Assert.Contains("This is a boundary violation", BotHarness.Texts(await send("ok")));
    }

    private static Task<int> SweepAsync(BotHarness bot)
        => DraftExpiry.SweepAsync(bot.StateStore, bot.ExpiredDrafts, bot.Clock.GetUtcNow(), bot.Options.DraftTtl, default);

    private static async Task<string> StateTextAsync(IStorage state)
    {
        var text = new StringBuilder();
        await foreach (var entry in state.ListAsync(string.Empty))
        {
            text.Append(Encoding.UTF8.GetString((await state.ReadAsync(entry.Key))!.Content.Span));
        }
        return text.ToString();
    }

    [Fact]
    public async Task Sweep_ViolationDisclosed_TombstoneAndOneNotice_EvenWhenSweptAgain()
    {
        var state = new FlakyStorage(new MemoryStorage());
        var bot = new BotHarness(state: state, roster: new FixedRoster("sup-1", "Alex Chen"));
        await DiscloseViolationAsync(bot.SendAsync);
        bot.Clock.Advance(PastLifetime);

        // The first sweep saves the tombstone and tells the supervisor, then cannot delete the draft.
        state.FailNextWrites = 1;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => SweepAsync(bot));
        Assert.Single(bot.Notifier.Expired);
        Assert.Contains("C-104", await StateTextAsync(state));

        Assert.Equal(1, await SweepAsync(bot));
        Assert.Equal(0, await SweepAsync(bot));

        var notice = Assert.Single(bot.Notifier.Expired);
        Assert.Equal(("C-104", "BV-GIFT", bot.User, "Pat Practitioner"),
            (notice.ClientCode, Assert.Single(notice.Disclosed).Code, notice.Practitioner.Id, notice.Practitioner.Name));
        Assert.Null(notice.CrisisReportedAt);
        Assert.Empty(bot.Notifier.Discarded);
        var tombstone = Assert.Single(await bot.Archive.ListTombstonesAsync(bot.User));
        Assert.Equal((TombstoneReason.Expired, "BV-GIFT", "C-104", new PersonRecord(bot.User, "Pat Practitioner")),
            (tombstone.Reason, Assert.Single(tombstone.Codes), tombstone.ClientCode, tombstone.By));
        Assert.DoesNotContain("C-104", await StateTextAsync(state));
    }

    [Fact]
    public async Task Sweep_CrisisReported_TombstoneWithCrisisAndNotice()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        await bot.SendAsync(Crisis);
        bot.Clock.Advance(PastLifetime);

        Assert.Equal(1, await SweepAsync(bot));

        var notice = Assert.Single(bot.Notifier.Expired);
        Assert.NotNull(notice.CrisisReportedAt);
        Assert.Empty(notice.Disclosed);
        var tombstone = Assert.Single(await bot.Archive.ListTombstonesAsync(bot.User));
        Assert.Equal((TombstoneReason.Expired, SupervisionEngine.CrisisCode), (tombstone.Reason, Assert.Single(tombstone.Codes)));
        Assert.Equal(0, await SweepAsync(bot));
        Assert.Single(bot.Notifier.Expired);
    }

    [Fact]
    public async Task Sweep_ArchiveDown_DisclosedDraftKept_OthersGo_NextSweepReportsIt()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await DiscloseViolationAsync(bot.SendAsync);
        var other = bot.As("user-2");
        await other.SendAsync("debrief");
        await other.SendAsync("C-777");
        bot.Clock.Advance(PastLifetime);
        bot.ArchiveStore.FailNextWrites = 1;

        Assert.Equal(1, await SweepAsync(bot));

        Assert.Empty(bot.Notifier.Expired);
        Assert.Empty(await bot.Archive.ListTombstonesAsync(bot.User));
        var state = await StateTextAsync(bot.StateStore);
        Assert.Contains("C-104", state);
        Assert.DoesNotContain("C-777", state);

        Assert.Equal(1, await SweepAsync(bot));
        Assert.Single(bot.Notifier.Expired);
        Assert.Equal(TombstoneReason.Expired, Assert.Single(await bot.Archive.ListTombstonesAsync(bot.User)).Reason);
        Assert.DoesNotContain("C-104", await StateTextAsync(bot.StateStore));
    }

    [Fact]
    public async Task Sweep_OrdinaryDraft_DeletedWithoutTombstoneOrNotice()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        foreach (var answer in new[] { "debrief", "C-104 today ongoing video", "We reviewed the plan and agreed the next step." })
        {
            await bot.SendAsync(answer);
        }
        bot.Clock.Advance(PastLifetime);

        Assert.Equal(1, await SweepAsync(bot));

        Assert.Empty(bot.Notifier.Expired);
        Assert.Empty(await bot.Archive.ListTombstonesAsync(bot.User));
        Assert.DoesNotContain("C-104", await StateTextAsync(bot.StateStore));
    }

    [Fact]
    public async Task Sweep_DraftStartedBeforeItsOwnerWasRecorded_TombstoneUnderTheOwnerOfItsStateProperty()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await DiscloseViolationAsync(bot.SendAsync);
        Assert.True(await ForgetRecordedOwnerAsync(bot.StateStore));
        bot.Clock.Advance(PastLifetime);

        Assert.Equal(1, await SweepAsync(bot));

        var tombstone = Assert.Single(await bot.Archive.ListTombstonesAsync(bot.User));
        Assert.Equal((TombstoneReason.Expired, new PersonRecord(bot.User, null)), (tombstone.Reason, tombstone.By));
        Assert.Equal(bot.User, Assert.Single(bot.Notifier.Expired).Practitioner.Id);
    }

    [Fact]
    public async Task Turn_ExpiredDisclosedDraftReadByItsOwner_LeavesTombstoneAndTellsOnce()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await DiscloseViolationAsync(bot.SendAsync);
        bot.Clock.Advance(PastLifetime);

        Assert.Equal(DebriefCopy.DraftGoneButTold, Assert.Single(await bot.SendAsync("skip")).Text);

        var notice = Assert.Single(bot.Notifier.Expired);
        Assert.Equal(("BV-GIFT", "Pat Practitioner"), (Assert.Single(notice.Disclosed).Code, notice.Practitioner.Name));
        var tombstone = Assert.Single(await bot.Archive.ListTombstonesAsync(bot.User));
        Assert.Equal((TombstoneReason.Expired, bot.User), (tombstone.Reason, tombstone.By.Id));
        Assert.Equal(0, await SweepAsync(bot));
        Assert.Single(bot.Notifier.Expired);
    }

    [Fact]
    public async Task Turn_ArchiveDown_TurnFailsAndDraftKept_NextTurnReportsIt()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await DiscloseViolationAsync(bot.SendAsync);
        bot.Clock.Advance(PastLifetime);
        bot.ArchiveStore.FailNextWrites = 1;

        Assert.Contains(TurnCopy.StorageUnavailable, BotHarness.Texts(await bot.SendAsync("skip")));
        Assert.Empty(bot.Notifier.Expired);
        Assert.Empty(await bot.Archive.ListTombstonesAsync(bot.User));
        Assert.Contains("C-104", await StateTextAsync(bot.StateStore));

        Assert.Equal(DebriefCopy.DraftGoneButTold, Assert.Single(await bot.SendAsync("skip")).Text);
        Assert.Single(bot.Notifier.Expired);
        Assert.Single(await bot.Archive.ListTombstonesAsync(bot.User));
    }

    [Fact]
    public async Task Sweep_WithTheRealNotifier_SupervisorAlertedAndReviewAndDigestSayItExpired()
    {
        var h = await SupervisionHarness.CreateAsync();
        await DiscloseViolationAsync(text => h.SamChat.SendAsync(text));
        h.Clock.Advance(PastLifetime);

        Assert.Equal(1, await DraftExpiry.SweepAsync(h.StateStore, new ExpiredDraftReporter(h.Archive, h.Notifier, h.Clock), h.Clock.GetUtcNow(),
            new DebriefOptions().DraftTtl, default));

        var alert = Assert.Single(h.Messenger.To(Dana));
        Assert.Contains(DigestCopy.ExpiredAlertTitle("Sam Rivera"), alert.Text);
        Assert.Contains(DigestCopy.ExpiredAlertAction, VisibleText.Of(alert));
        Assert.Contains("BV-GIFT", VisibleText.Of(alert));
        var tombstone = Assert.Single(await h.Archive.ListTombstonesAsync(Sam));
        var review = SupervisionHarness.Texts(await h.DanaChat.SendAsync($"review {tombstone.DebriefId.ToLowerInvariant()}"));
        Assert.Contains("Left unfinished by Sam Rivera", review);
        var digest = SupervisionHarness.Texts(await h.DanaChat.SendAsync("digest"));
        Assert.Contains("Sam Rivera left a draft unfinished after describing BV-GIFT", digest);
        Assert.DoesNotContain("discarded a draft", digest);
    }

    /// <summary>Takes the recorded owner out of the stored drafts, as a draft started before it was recorded has none.</summary>
    private static async Task<bool> ForgetRecordedOwnerAsync(IStorage state)
    {
        var forgot = false;
        var keys = new List<string>();
        await foreach (var entry in state.ListAsync(string.Empty))
        {
            keys.Add(entry.Key);
        }
        foreach (var key in keys)
        {
            var item = (await state.ReadAsync(key))!;
            var document = (JsonNode.Parse(item.Content.Span) as JsonObject)!;
            foreach (var (name, value) in document.Where(p => p.Key.StartsWith(DraftStore.PropertyPrefix, StringComparison.Ordinal)).ToList())
            {
                forgot |= (value?["draft"] as JsonObject)?.Remove("practitioner") == true;
            }
            await state.WriteAsync(key, Encoding.UTF8.GetBytes(document.ToJsonString()), WriteCondition.ForVersion(item.ETag));
        }
        return forgot;
    }
}
