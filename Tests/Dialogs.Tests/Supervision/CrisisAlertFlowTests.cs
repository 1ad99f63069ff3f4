using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Digests;
using AllianceBot.Prompts.Safety;
using AllianceBot.TestKit;
using static AllianceBot.Dialogs.Tests.Supervision.SupervisionFixtures;
using DebriefPaths = AllianceBot.Dialogs.Archive.DebriefPaths;

namespace AllianceBot.Dialogs.Tests.Supervision;

/// <summary>
/// Imminent risk and supervision together: the crisis notice is an alert like the others (stored,
/// once per debrief, Acknowledge, reminders), and a record or draft that reported a crisis stays
/// for the supervisor like one that recorded a violation.
/// </summary>
public sealed class CrisisAlertFlowTests
{
    private const string Crisis = "My client said she is going to kill herself tonight, she has the pills ready.";
    private const string CrisisWords = "kill herself";

    [Fact]
    public async Task CrisisInChat_AlertWithAcknowledge_NoText_RemindedUntilAcknowledged()
    {
        var h = await SupervisionHarness.CreateAsync();

        var replies = await h.SamChat.SendAsync(Crisis);

        Assert.Equal(SafetyGuidance.LoadEmbedded().For(AtRisk.Client), replies[0].Text);
        Assert.Contains(replies, r => r.Text == SafetyGuidance.LoadEmbedded().SupervisorTold);
        var alert = Assert.Single(h.Messenger.To(Dana));
        var seen = VisibleText.Of(alert);
        Assert.Contains(DigestCopy.CrisisAlertTitle("Sam Rivera"), seen);
        Assert.Contains(DigestCopy.CrisisAlertBody(null, h.Clock.GetUtcNow(), inDebrief: false), seen);
        Assert.DoesNotContain(CrisisWords, seen, StringComparison.OrdinalIgnoreCase);
        // No record to review yet: the one thing to do on the card is acknowledge it.
        Assert.Equal([$"acknowledge {SupervisionHarness.AlertId(alert)}"], CardActions.Commands(alert));
        Assert.Single(await h.Alerts.ListPendingAsync(Dana));

        h.Clock.Advance(h.AlertOptions.RemindAfter);
        Assert.Equal(1, await h.Reminders.RunOnceAsync());
        var reminder = h.Messenger.To(Dana)[^1];
        Assert.Contains("Reminder: not acknowledged yet", VisibleText.Of(reminder));
        Assert.Contains(DigestCopy.CrisisAlertTitle("Sam Rivera"), VisibleText.Of(reminder));

        var ack = await h.DanaChat.ClickAsync([reminder], DigestCopy.AcknowledgeButton);
        Assert.Equal(DigestCopy.Acknowledged("Sam Rivera"), Assert.Single(ack).Text);
        Assert.Empty(await h.Alerts.ListPendingAsync(Dana));
        h.Clock.Advance(h.AlertOptions.RemindAfter);
        Assert.Equal(0, await h.Reminders.RunOnceAsync());
    }

    [Fact]
    public async Task CrisisInChat_OnceWithinTheNoticeInterval_AgainAfterIt()
    {
        var h = await SupervisionHarness.CreateAsync();

        await h.SamChat.SendAsync(Crisis);
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        await h.SamChat.SendAsync(Crisis);
        Assert.Single(h.Messenger.To(Dana));

        h.Clock.Advance(TimeSpan.FromMinutes(25));
        await h.SamChat.SendAsync(Crisis);
        Assert.Equal(2, h.Messenger.To(Dana).Count);
        Assert.Equal(2, (await h.Alerts.ListPendingAsync(Dana)).Count);
    }

    [Fact]
    public async Task CrisisInDebrief_OneAlertForTheDebrief_WithClientCode_ConfirmAddsNone()
    {
        var h = await SupervisionHarness.CreateAsync();
        await h.SamChat.SendAsync("debrief");
        await h.SamChat.SendAsync("C-104 today ongoing video");

        await h.SamChat.SendAsync(Crisis);
        await h.SamChat.SendAsync(Crisis);

        var alert = Assert.Single(h.Messenger.To(Dana));
        Assert.Contains(DigestCopy.CrisisAlertBody("C-104", h.Clock.GetUtcNow(), inDebrief: true), VisibleText.Of(alert));
        Assert.DoesNotContain(CrisisWords, VisibleText.Of(alert), StringComparison.OrdinalIgnoreCase);

        foreach (var answer in new[] { "4 4 4", "1", "none", "Book the next session.", "skip" })
        {
            await h.SamChat.SendAsync(answer);
        }
        var receipt = SupervisionHarness.Texts(await h.SamChat.SendAsync("confirm"));
        var id = System.Text.RegularExpressions.Regex.Match(receipt, @"D-\d{8}-[0-9A-Z]{5}").Value;

        Assert.True((await h.RecordAsync(Sam, id))!.CrisisReported);
        Assert.Single(h.Messenger.To(Dana));
        Assert.Contains(id, VisibleText.Of(alert));
    }

    [Fact]
    public async Task DiscardAfterCrisis_SupervisorToldAndPractitionerTold_TombstoneKeepsNoText()
    {
        var h = await SupervisionHarness.CreateAsync();
        foreach (var answer in new[] { "debrief", "C-104 today ongoing video", "We worked on her CV. " + Crisis })
        {
            await h.SamChat.SendAsync(answer);
        }
        await h.SamChat.SendAsync("cancel");

        var discarded = await h.SamChat.SendAsync("discard");

        Assert.Equal(DebriefCopy.DiscardedButTold("Dana Lee", DigestCopy.CrisisConcern), Assert.Single(discarded).Text);
        Assert.Equal(2, h.Messenger.To(Dana).Count);
        var alert = h.Messenger.To(Dana)[^1];
        var seen = VisibleText.Of(alert);
        Assert.Contains(DigestCopy.DiscardedAlertTitle("Sam Rivera", DigestCopy.CrisisConcern), seen);
        Assert.Contains(DigestCopy.CrisisInDebrief, seen);
        Assert.DoesNotContain(CrisisWords, seen, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(CardActions.Commands(alert), c => c.StartsWith("acknowledge ", StringComparison.Ordinal));

        var tombstone = Assert.Single(await h.Archive.ListTombstonesAsync(Sam));
        Assert.Equal((TombstoneReason.Discarded, "C-104"), (tombstone.Reason, tombstone.ClientCode));
        Assert.Equal([SupervisionEngine.CrisisCode], tombstone.Codes);
        var review = SupervisionHarness.Texts(await h.DanaChat.SendAsync($"review {tombstone.DebriefId}"));
        Assert.Contains($"after {DigestCopy.CrisisConcern} was described", review);
    }

    [Fact]
    public async Task DeleteCrisisRecord_NeedsTheSupervisor_ApprovalLeavesTombstoneAndClosesItsAlerts()
    {
        var h = await SupervisionHarness.CreateAsync();
        var id = await h.ConfirmAsync("We worked on her CV. " + Crisis + " I stayed with her and called the crisis team.");
        Assert.True((await h.RecordAsync(Sam, id))!.CrisisReported);
        Assert.False((await h.RecordAsync(Sam, id))!.HasViolation);

        var asked = await h.SamChat.SendAsync($"delete {id}");
        Assert.Equal(CommandsCopy.AskSupervisorToDelete(id, "Dana Lee", DigestCopy.CrisisConcern), asked[0].Text);
        Assert.Equal(CommandsCopy.DeletionRequested(id, "Dana Lee"), Assert.Single(await h.SamChat.SendAsync("yes")).Text);
        Assert.NotNull(await h.RecordAsync(Sam, id));

        var request = h.Messenger.To(Dana)[^1];
        Assert.Contains(DigestCopy.DeletionRequestTitle("Sam Rivera", DigestCopy.CrisisConcern), VisibleText.Of(request));
        Assert.Contains(DigestCopy.CrisisInDebrief, VisibleText.Of(request));
        var decided = await h.DanaChat.ClickAsync([request], DigestCopy.ApproveDeleteButton);

        Assert.Equal(DigestCopy.DeletionApproved(id, "Sam Rivera"), Assert.Single(decided).Text);
        Assert.Null(await h.RecordAsync(Sam, id));
        var tombstone = (await h.Archive.GetTombstoneAsync(Sam, id))!;
        Assert.Equal((Dana, Sam), (tombstone.By.Id, tombstone.RequestedBy!.Id));
        Assert.Contains(SupervisionEngine.CrisisCode, tombstone.Codes);
        // The crisis alert of that debrief and the request are both closed: nothing is left to remind about.
        Assert.Empty(await h.Alerts.ListPendingAsync(Dana));
    }

    [Fact]
    public async Task CrisisAlert_ReviewOpensTheRecord_WhenTheNoticeCameWithTheSavedDebrief()
    {
        var h = await SupervisionHarness.CreateAsync();
        var id = await h.ConfirmAsync("We worked on her CV and agreed the next step together.");
        var record = (await h.RecordAsync(Sam, id))!;
        var notifier = new Dialogs.Supervision.SupervisorNotifier(new Dialogs.Supervision.SupervisorAlerts(h.Rosters, h.Messenger, h.Alerts, h.Clock));

        Assert.True(await notifier.NotifyCrisisAsync(new Dialogs.Supervision.CrisisNotice(Sam, "Sam Rivera", record.ClientCode, h.Clock.GetUtcNow(),
            InDebrief: true, record.DebriefId, record.Date), default));

        var alert = Assert.Single(h.Messenger.To(Dana));
        Assert.Equal([$"review {DebriefPaths.JsonKey(Sam, record.Date, id)}", $"acknowledge {SupervisionHarness.AlertId(alert)}"], CardActions.Commands(alert));
        Assert.Contains($"Debrief {id}", SupervisionHarness.Texts(await h.DanaChat.ClickAsync([alert], DigestCopy.ReviewButton)));
    }
}
