using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Prompts.Detection;
using AllianceBot.TestKit;
using static AllianceBot.Dialogs.Tests.Support.BotHarness;

namespace AllianceBot.Dialogs.Tests.Debrief;

/// <summary>The boundary check arrives ticked with what the narrative showed; the practitioner's confirm or reject is kept per finding.</summary>
public sealed class BoundaryCheckTests
{
    // The engine finds BS-TIME (1 in the check) and BS-CONTACT (6) here.
    private const string TimeAndContact = "I gave her my personal mobile number so she can text me, and we ran forty minutes over.";

    private static async Task<(BotHarness Bot, Activity Check)> AtTheCheckAsync(string narrative = TimeAndContact, RecordingNotifier? _ = null)
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        IReadOnlyList<Activity> replies = [];
        foreach (var answer in new[] { "debrief", "C-104 today ongoing video", narrative, "4 4 4", "1" })
        {
            replies = await bot.SendAsync(answer);
        }
        return (bot, Assert.Single(replies, r => r.Attachments is { Count: > 0 }));
    }

    private static string? Ticked(Activity check)
        => check.Attachments![0].Content!.Value.GetProperty("body")[0].TryGetProperty("value", out var value) ? value.GetString() : null;

    [Fact]
    public async Task Check_ArrivesTickedWithWhatTheNarrativeShowed_InTextAndCard()
    {
        var (_, check) = await AtTheCheckAsync();

        Assert.Contains(DebriefCopy.AskBoundariesTicked([1, 6]), check.Text);
        Assert.Contains("From what you wrote, 1 and 6 seem to apply: untick any that did not happen", check.Text);
        Assert.Equal("BS-TIME,BS-CONTACT", Ticked(check));
    }

    [Fact]
    public async Task Check_NothingDetected_ArrivesUnticked()
    {
        var (_, check) = await AtTheCheckAsync("We reviewed the job search plan and agreed the next step together.");

        Assert.Contains(DebriefCopy.AskBoundaries, check.Text);
        Assert.Null(Ticked(check));
    }

    [Fact]
    public async Task TypedNumbers_KeepOneRejectOther_StoredPerFindingAndRejectedStaysQuiet()
    {
        var (bot, _) = await AtTheCheckAsync();

        var answer = await bot.SendAsync("1");
        await bot.SkipToPreviewAsync(await bot.SendAsync("skip"));
        await bot.SendAsync("confirm");

        Assert.Contains(DebriefCopy.YellowLights(["time beyond therapeutic need"]), Texts(answer));
        Assert.DoesNotContain("contact", Texts(answer), StringComparison.OrdinalIgnoreCase);
        var record = await bot.RecordAsync(Assert.Single(await bot.SavedAsync()).DebriefId);
        Assert.Equal(["BS-TIME"], record.BoundarySignsReported);
        Assert.True(record.Findings.Single(f => f.Code == "BS-TIME" && f.Source == FindingSource.Detected).Confirmed);
        Assert.True(record.Findings.Single(f => f.Code == "BS-CONTACT").Rejected);
        Assert.DoesNotContain(record.PromptsShown, p => p.Code == "BS-CONTACT");
        Assert.Contains("Detected but unticked by the practitioner: BS-CONTACT", (await bot.Archive.GetAsync(bot.User, record.DebriefId))!.Markdown);
    }

    [Fact]
    public async Task TypedOk_KeepsEveryTick_AllConfirmed()
    {
        var (bot, _) = await AtTheCheckAsync();

        await bot.SendAsync("ok");
        await bot.SkipToPreviewAsync(await bot.SendAsync("skip"));
        await bot.SendAsync("confirm");

        var record = await bot.RecordAsync(Assert.Single(await bot.SavedAsync()).DebriefId);
        Assert.Equal(["BS-TIME", "BS-CONTACT"], record.BoundarySignsReported);
        Assert.All(record.Findings.Where(f => f.Source == FindingSource.Detected && f.Code.StartsWith("BS-", StringComparison.Ordinal)), f => Assert.True(f.Confirmed));
    }

    [Fact]
    public async Task CardSubmit_UntickedDetectionIsRejected_ExtraTickIsSelfReported()
    {
        var (bot, check) = await AtTheCheckAsync();

        await bot.Client.ClickAsync([check], DebriefCopy.Done, new Dictionary<string, string> { [DebriefFields.Signs] = "BS-CONTACT,BS-THOUGHTS" });
        await bot.SkipToPreviewAsync(await bot.SendAsync("skip"));
        await bot.SendAsync("confirm");

        var record = await bot.RecordAsync(Assert.Single(await bot.SavedAsync()).DebriefId);
        Assert.True(record.Findings.Single(f => f.Code == "BS-TIME").Rejected);
        Assert.True(record.Findings.Single(f => f.Code == "BS-CONTACT" && f.Source == FindingSource.Detected).Confirmed);
        var thoughts = Assert.Single(record.Findings, f => f.Code == "BS-THOUGHTS");
        Assert.Equal((FindingSource.SelfReported, null), (thoughts.Source, thoughts.Confirmed));
    }

    [Fact]
    public async Task SupervisorReview_ShowsRejectedDetectionMarked_PractitionerShowSaysItPlainly()
    {
        var (bot, _) = await AtTheCheckAsync();
        await bot.SendAsync("1");
        await bot.SkipToPreviewAsync(await bot.SendAsync("skip"));
        await bot.SendAsync("confirm");
        var record = await bot.RecordAsync(Assert.Single(await bot.SavedAsync()).DebriefId);

        var supervisor = DebriefView.Markdown(record, DebriefReader.Supervisor, Engine.Knowledge);
        var practitioner = DebriefView.Markdown(record, DebriefReader.Practitioner, Engine.Knowledge);

        Assert.Contains("BS-CONTACT (sharing personal contact details): detected, **rejected** by the practitioner", supervisor);
        Assert.Contains("BS-TIME (time beyond therapeutic need): detected and confirmed by the practitioner", supervisor);
        Assert.Contains("sharing personal contact details: noticed, and you unticked it", practitioner);
        Assert.DoesNotContain("BS-", practitioner);
    }

    [Fact]
    public async Task QuickCard_NarrativeShowsAnUntickedSign_CheckIsAskedTickedBeforeThePreview()
    {
        var bot = new BotHarness();
        await bot.SendAsync("quick debrief");
        var values = QuickDebriefSubmit.Complete();
        values[DebriefFields.Narrative] = TimeAndContact;

        var check = await bot.SubmitAsync(values);
        var status = await bot.SendAsync("status");
        var preview = await bot.SendAsync("ok");
        await bot.SendAsync("confirm");

        var asked = Assert.Single(check, r => r.Attachments is { Count: > 0 });
        Assert.StartsWith("Step 2 of 3: ", asked.Text);
        Assert.Equal("BS-TIME,BS-CONTACT", Ticked(asked));
        Assert.Equal(DebriefCopy.Status(2, 3, "boundary check"), status[0].Text);
        Assert.Contains(DebriefCopy.PreviewIntro, Texts(preview));
        var record = await bot.RecordAsync(Assert.Single(await bot.SavedAsync()).DebriefId);
        Assert.Equal(["BS-TIME", "BS-CONTACT"], record.BoundarySignsReported);
    }
}
