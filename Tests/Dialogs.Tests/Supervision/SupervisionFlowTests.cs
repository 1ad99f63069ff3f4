using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Prompts.Digests;
using AllianceBot.TestKit;
using static AllianceBot.Dialogs.Tests.Supervision.SupervisionFixtures;
using DebriefPaths = AllianceBot.Dialogs.Archive.DebriefPaths;

namespace AllianceBot.Dialogs.Tests.Supervision;

/// <summary>Practitioner and supervisor in their own chats, with alerts, reminders, requests and reviews between them.</summary>
public sealed class SupervisionFlowTests
{
    // A gift and nothing else: "I said yes" also reads as agreeing to go together (the engine then adds BV-DUAL).
    private const string Gift = "She gave me concert tickets and I accepted them. We talked about her job search.";

    [Fact]
    public async Task ViolationConfirmed_AlertHasReviewAndAcknowledge_AcknowledgeStopsReminders()
    {
        var h = await SupervisionHarness.CreateAsync();
        var id = await h.ConfirmAsync(Gift, boundaryAnswer: "ok");

        var alert = Assert.Single(h.Messenger.To(Dana));
        Assert.Contains("Sam Rivera has just recorded a debrief with a boundary violation", alert.Text);
        Assert.Equal([$"review {DebriefPaths.JsonKey(Sam, new(2026, 11, 22), id)}", $"acknowledge {SupervisionHarness.AlertId(alert)}"], CardActions.Commands(alert));

        var review = await h.DanaChat.ClickAsync([alert], DigestCopy.ReviewButton);
        Assert.Contains(DebriefViewCopy.ViolationRecorded, SupervisionHarness.Texts(review));
        Assert.Contains("BV-GIFT", SupervisionHarness.Texts(review));
        var ack = await h.DanaChat.ClickAsync([alert], DigestCopy.AcknowledgeButton);
        Assert.Equal(DigestCopy.Acknowledged("Sam Rivera"), Assert.Single(ack).Text);

        h.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, await h.Reminders.RunOnceAsync());
        var again = await h.DanaChat.ClickAsync([alert], DigestCopy.AcknowledgeButton);
        Assert.StartsWith("You acknowledged this alert already", Assert.Single(again).Text);
    }

    [Fact]
    public async Task AlertForTheSameDebrief_SentOnce_UnreachableSupervisorIsRemindedLater()
    {
        var h = await SupervisionHarness.CreateAsync();
        h.Messenger.Reachable = false;
        var id = await h.ConfirmAsync(Gift, boundaryAnswer: "ok");
        var record = (await h.RecordAsync(Sam, id))!;
        var alerts = new SupervisorAlerts(h.Rosters, h.Messenger, h.Alerts, h.Clock);

        // A repeated confirm of the same debrief: the alert stands, no second one.
        await new SupervisorNotifier(alerts).NotifyViolationAsync(record, default);
        Assert.Single(await h.Alerts.ListPendingAsync(Dana));
        Assert.Empty(h.Messenger.Sent);

        h.Messenger.Reachable = true;
        h.Clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal(1, await h.Reminders.RunOnceAsync());
        Assert.Contains("BV-GIFT", VisibleText.Of(Assert.Single(h.Messenger.To(Dana))));
    }

    [Fact]
    public async Task AlertNotAcknowledged_RemindedAfterTheConfiguredTime_OncePerIntervalAndAtMostMax()
    {
        var h = await SupervisionHarness.CreateAsync();
        await h.ConfirmAsync(Gift, boundaryAnswer: "ok");
        var otherInstance = new AlertReminders(h.Alerts, h.Messenger, h.AlertOptions, h.Clock);

        h.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await h.Reminders.RunOnceAsync());
        h.Clock.Advance(TimeSpan.FromHours(1));
        var sent = await h.Reminders.RunOnceAsync() + await otherInstance.RunOnceAsync();
        Assert.Equal(1, sent);
        Assert.Contains("Reminder: not acknowledged yet (sent 4 hours ago).", VisibleText.Of(h.Messenger.To(Dana)[^1]));

        h.Clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal(1, await otherInstance.RunOnceAsync());
        h.Clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal(0, await h.Reminders.RunOnceAsync());
        Assert.Equal(3, h.Messenger.To(Dana).Count);
    }

    [Fact]
    public async Task DiscardAfterViolationDisclosed_SupervisorToldAndTombstoneInDigestAndReview()
    {
        var h = await SupervisionHarness.CreateAsync();
        foreach (var answer in new[] { "debrief", "C-104 today ongoing video", Gift, "4 4 4", "1", "ok" })
        {
            await h.SamChat.SendAsync(answer);
        }
        await h.SamChat.SendAsync("cancel");

        var discarded = await h.SamChat.SendAsync("discard");

        Assert.Equal(DebriefCopy.DiscardedButTold("Dana Lee"), Assert.Single(discarded).Text);
        var alert = Assert.Single(h.Messenger.To(Dana));
        Assert.Contains("Sam Rivera discarded a debrief after describing a boundary violation", alert.Text);
        Assert.Contains("BV-GIFT", VisibleText.Of(alert));
        var tombstone = Assert.Single(await h.Archive.ListTombstonesAsync(Sam));
        Assert.Equal((TombstoneReason.Discarded, Sam, "C-104"), (tombstone.Reason, tombstone.By.Id, tombstone.ClientCode));

        var review = await h.DanaChat.SendAsync($"review {tombstone.DebriefId.ToLowerInvariant()}");
        Assert.Contains("Discarded as a draft", SupervisionHarness.Texts(review));
        var digest = await h.DanaChat.SendAsync("digest");
        Assert.Contains("Sam Rivera discarded a draft after describing BV-GIFT", SupervisionHarness.Texts(digest));
    }

    [Fact]
    public async Task DiscardWithoutViolation_NobodyTold()
    {
        var h = await SupervisionHarness.CreateAsync();
        foreach (var answer in new[] { "debrief", "C-104 today ongoing video", "We reviewed the plan and agreed the next step." })
        {
            await h.SamChat.SendAsync(answer);
        }
        await h.SamChat.SendAsync("cancel");

        Assert.Equal(DebriefCopy.Discarded, Assert.Single(await h.SamChat.SendAsync("discard")).Text);
        Assert.Empty(h.Messenger.Sent);
        Assert.Empty(await h.Archive.ListTombstonesAsync(Sam));
    }

    [Fact]
    public async Task DeleteViolationRecord_NeedsTheSupervisor_ApprovedLeavesTombstoneWithWhoAndWhen()
    {
        var h = await SupervisionHarness.CreateAsync();
        var id = await h.ConfirmAsync(Gift, boundaryAnswer: "ok");
        h.Clock.Advance(TimeSpan.FromMinutes(10));

        var asked = await h.SamChat.SendAsync($"delete {id}");
        Assert.Equal(CommandsCopy.AskSupervisorToDelete(id, "Dana Lee"), asked[0].Text);
        var sent = await h.SamChat.SendAsync("yes");
        Assert.Equal(CommandsCopy.DeletionRequested(id, "Dana Lee"), Assert.Single(sent).Text);
        Assert.NotNull(await h.RecordAsync(Sam, id));

        var request = h.Messenger.To(Dana)[^1];
        Assert.Contains("Sam Rivera asks to delete a debrief", request.Text);
        // Neither the practitioner nor another supervisor can decide.
        var path = DebriefPaths.JsonKey(Sam, new(2026, 11, 22), id);
        Assert.Equal(DigestCopy.DeletionNotYours, Assert.Single(await h.SamChat.SendAsync($"approve delete {path}")).Text);
        Assert.Equal(DigestCopy.DeletionNotYours, Assert.Single(await h.Chat(Lee, "Lee Park").SendAsync($"approve delete {path}")).Text);
        Assert.NotNull(await h.RecordAsync(Sam, id));

        h.Clock.Advance(TimeSpan.FromMinutes(30));
        var decided = await h.DanaChat.ClickAsync([request], DigestCopy.ApproveDeleteButton);

        Assert.Equal(DigestCopy.DeletionApproved(id, "Sam Rivera"), Assert.Single(decided).Text);
        Assert.Null(await h.RecordAsync(Sam, id));
        var tombstone = (await h.Archive.GetTombstoneAsync(Sam, id))!;
        Assert.Equal((TombstoneReason.Deleted, Dana, Sam), (tombstone.Reason, tombstone.By.Id, tombstone.RequestedBy!.Id));
        Assert.Equal(["BV-GIFT"], tombstone.Codes);
        Assert.Equal(h.Clock.GetUtcNow(), tombstone.At);
        Assert.Contains(CommandsCopy.DeletionApprovedBy(id, "Dana Lee"), h.Messenger.To(Sam).Select(a => a.Text));
        var review = SupervisionHarness.Texts(await h.DanaChat.SendAsync($"review {id}"));
        Assert.Contains("Deleted on 22 Nov 2026 10:40 UTC by Dana Lee at the request of Sam Rivera", review);
        Assert.Contains("BV-GIFT", review);
        Assert.Empty(await h.Alerts.ListPendingAsync(Dana));
    }

    [Fact]
    public async Task DeleteViolationRecord_SupervisorKeepsIt_PractitionerTold()
    {
        var h = await SupervisionHarness.CreateAsync();
        var id = await h.ConfirmAsync(Gift, boundaryAnswer: "ok");
        await h.SamChat.SendAsync($"delete {id}");
        await h.SamChat.SendAsync("yes");

        var kept = await h.DanaChat.ClickAsync([h.Messenger.To(Dana)[^1]], DigestCopy.KeepRecordButton);

        Assert.Equal(DigestCopy.DeletionKept(id, "Sam Rivera"), Assert.Single(kept).Text);
        Assert.NotNull(await h.RecordAsync(Sam, id));
        Assert.Contains(CommandsCopy.DeletionKeptBy(id, "Dana Lee"), h.Messenger.To(Sam).Select(a => a.Text));
    }

    [Fact]
    public async Task Review_AnyCaseOrPath_OnlyTheSupervisorsOwn()
    {
        var h = await SupervisionHarness.CreateAsync();
        var id = await h.ConfirmAsync("We worked on her CV and agreed the next step together.");
        var path = DebriefPaths.JsonKey(Sam, new(2026, 11, 22), id);

        Assert.Contains($"Debrief {id}", SupervisionHarness.Texts(await h.DanaChat.SendAsync($"review {id.ToLowerInvariant()}")));
        Assert.Contains($"Debrief {id}", SupervisionHarness.Texts(await h.DanaChat.SendAsync($"review {path.ToUpperInvariant()}")));
        Assert.Equal(DigestCopy.NotFound, Assert.Single(await h.Chat(Lee, "Lee Park").SendAsync($"review {id}")).Text);
    }

    [Fact]
    public async Task Digest_ReviewButtonPerFinding_OpensThatDebrief_AndLinkToTheFullDigest()
    {
        var h = await SupervisionHarness.CreateAsync();
        var id = await h.ConfirmAsync("I gave her my personal mobile number so she can text me, and we ran forty minutes over.", boundaryAnswer: "ok");

        var digest = Assert.Single(await h.DanaChat.SendAsync("digest"), r => r.Attachments is { Count: > 0 });

        var reviews = CardActions.Commands(digest).Where(c => c.StartsWith("review ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reviews.Count(c => c.EndsWith($"{id}.json", StringComparison.Ordinal)));
        var opened = await h.DanaChat.SendAsync(reviews[0]);
        Assert.Contains($"Debrief {id}", SupervisionHarness.Texts(opened));
        var card = digest.Attachments![0].Content!.Value.GetRawText();
        Assert.Contains("https://bot.test/digest?s=" + Dana, card);
    }

    [Fact]
    public async Task MyPractitioners_StatusLastDebriefAndThisWeeksCount()
    {
        var h = await SupervisionHarness.CreateAsync();
        await h.ConfirmAsync(Gift, boundaryAnswer: "ok");
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await h.ConfirmAsync("We worked on her CV and agreed the next step together.", client: "C-210");

        var text = Assert.Single(await h.DanaChat.SendAsync("my practitioners")).Text!;

        Assert.Contains("**Sam Rivera** \u00b7 Needs attention: 1 boundary violation (C-104); 1 alert not acknowledged", text);
        Assert.Contains("last debrief 22 Nov \u00b7 2 this week", text);
        Assert.Contains("**Alex Chen** \u00b7 Watch: no debriefs yet", text);
    }

    [Fact]
    public async Task DigestByName_ShowsOnlyThatPractitioner_UnknownNameSaysWho()
    {
        var h = await SupervisionHarness.CreateAsync();
        await h.ConfirmAsync(Gift, boundaryAnswer: "ok");

        var sam = SupervisionHarness.Texts(await h.DanaChat.SendAsync("digest sam"));
        var nobody = await h.DanaChat.SendAsync("digest zed");

        Assert.Contains("Sam Rivera", sam);
        Assert.DoesNotContain("Alex Chen", sam);
        Assert.Equal(DigestCopy.NoSuchPractitioner("zed", ["Sam Rivera", "Alex Chen"]), Assert.Single(nobody).Text);
    }
}
