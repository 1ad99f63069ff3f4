using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Safety;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Safety;

namespace AllianceBot.Dialogs.Tests.Safety;

public sealed class CrisisTurnTests
{
    private const string Crisis = "My client said she is going to kill herself tonight, she has the pills ready.";
    private const string OwnRisk = "honestly i want to die, i've got the pills lined up for tonight";

    // The typed debrief's answers in order; index 4 (the narrative) takes free text.
    private static readonly string[] Answers = ["C-104", "today", "ongoing", "in person", "We reviewed the job search plan and agreed the next step.", "4 4 4", "1", "none"];

    private static readonly string Guidance = SafetyGuidance.LoadEmbedded().For(AtRisk.Client);

    [Fact]
    public async Task Idle_CrisisStatement_SafetyGuidanceFirstAndNothingElse()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));

        var replies = await bot.SendAsync(Crisis);

        Assert.Equal(Guidance, replies[0].Text);
        Assert.Contains("911", replies[0].Text);
        Assert.Contains("9-8-8", replies[0].Text);
        Assert.Contains("988", replies[0].Text);
        Assert.DoesNotContain(replies, r => (r.Text ?? "").Contains("didn't catch", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(replies, r => (r.Text ?? "").Contains("Sources", StringComparison.OrdinalIgnoreCase));
        var notice = Assert.Single(bot.Notifier.Crises);
        Assert.False(notice.InDebrief);
        Assert.Null(notice.ClientCode);
    }

    [Fact]
    public async Task Idle_PractitionersOwnRisk_GuidanceSpeaksToThem()
    {
        var bot = new BotHarness();

        var replies = await bot.SendAsync(OwnRisk);

        Assert.Equal(SafetyGuidance.LoadEmbedded().For(AtRisk.Practitioner), replies[0].Text);
        Assert.Contains("you may not be safe", replies[0].Text);
    }

    [Fact]
    public async Task Idle_OrdinaryStatement_NoGuidance()
    {
        var bot = new BotHarness();

        var replies = await bot.SendAsync("my sessions keep running long and I feel behind all week");

        Assert.DoesNotContain(replies, r => r.Text == Guidance);
        Assert.Empty(bot.Notifier.Crises);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public async Task Debrief_CrisisAtAnyStep_GuidanceThenStepKeptAndOneRecordSaved(int step)
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await bot.SendAsync("debrief");
        foreach (var answer in Answers.Take(step)) await bot.SendAsync(answer);

        var replies = await bot.SendAsync(Crisis);

        Assert.Equal(Guidance, replies[0].Text);
        Assert.Contains(replies, r => r.Text == SafetyGuidance.LoadEmbedded().DebriefKept);
        // The narrative step keeps the message as its answer; every other step asks again.
        foreach (var answer in Answers.Skip(step == 4 ? step + 1 : step)) await bot.SendAsync(answer);
        await bot.SkipToPreviewAsync(await bot.SendAsync("skip"));
        await bot.SendAsync("confirm");

        var saved = Assert.Single(await bot.SavedAsync());
        var record = await bot.RecordAsync(saved.DebriefId);
        Assert.True(record.CrisisReported);
        Assert.Contains(record.Findings, f => f.Code == SupervisionEngine.CrisisCode);
        var notice = Assert.Single(bot.Notifier.Crises);
        Assert.True(notice.InDebrief);
        if (step > 0) Assert.Equal("C-104", notice.ClientCode);
    }

    [Fact]
    public async Task Debrief_CrisisInNarrative_SavedAsPartOfItAndSupervisorToldWithoutText()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await bot.SendAsync("debrief");
        foreach (var answer in Answers.Take(4)) await bot.SendAsync(answer);
        var narrative = "We worked on her resume for most of the hour. " + Crisis + " I stayed with her and called the crisis team.";

        var replies = await bot.SendAsync(narrative);
        foreach (var answer in Answers.Skip(5)) await bot.SendAsync(answer);
        await bot.SkipToPreviewAsync(await bot.SendAsync("skip"));
        await bot.SendAsync("confirm");

        Assert.Equal(Guidance, replies[0].Text);
        var record = await bot.RecordAsync(Assert.Single(await bot.SavedAsync()).DebriefId);
        Assert.Contains("kill herself", record.Narrative);
        var finding = Assert.Single(record.Findings, f => f.Code == SupervisionEngine.CrisisCode);
        Assert.Equal(Prompts.Detection.Severity.Crisis, finding.Severity);
        var notice = Assert.Single(bot.Notifier.Crises);
        Assert.Equal("C-104", notice.ClientCode);
    }

    [Fact]
    public async Task Debrief_SecondCrisisMessage_SupervisorToldOnce()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");

        await bot.SendAsync(Crisis);
        await bot.SendAsync(Crisis);

        Assert.Single(bot.Notifier.Crises);
    }

    [Fact]
    public async Task NotifySupervisorOff_GuidanceButNoNotice()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"), safety: new SafetyOptions { NotifySupervisor = false });

        var replies = await bot.SendAsync(Crisis);

        Assert.Equal(Guidance, replies[0].Text);
        Assert.Empty(bot.Notifier.Crises);
        Assert.DoesNotContain(replies, r => r.Text == SafetyGuidance.LoadEmbedded().SupervisorTold);
    }

    [Fact]
    public async Task ConfiguredResources_GuidanceNamesThem()
    {
        var resources = new SafetyResources { EmergencyNumber = "112", CrisisLines = ["Call the Samaritans on 116 123."], ExtraLines = ["On call tonight: 555-0100"] };
        var bot = new BotHarness(safety: new SafetyOptions { Resources = resources });

        var replies = await bot.SendAsync(Crisis);

        Assert.Contains("call 112 now", replies[0].Text);
        Assert.Contains("116 123", replies[0].Text);
        Assert.Contains("On call tonight: 555-0100", replies[0].Text);
        Assert.DoesNotContain("988", replies[0].Text);
    }

    [Fact]
    public async Task CardSubmit_CrisisInATextField_GuidanceFirst()
    {
        var bot = new BotHarness();
        await bot.SendAsync("quick debrief");

        var replies = await bot.SubmitAsync(new Dictionary<string, string> { ["clientCode"] = "C-104", ["narrative"] = Crisis });

        Assert.Equal(Guidance, replies[0].Text);
    }
}
