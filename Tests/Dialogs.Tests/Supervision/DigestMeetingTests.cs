using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Digests;
using AllianceBot.TestKit;
using static AllianceBot.Dialogs.Tests.Supervision.SupervisionFixtures;

namespace AllianceBot.Dialogs.Tests.Supervision;

/// <summary>The digest as a supervisor uses it to prepare a meeting.</summary>
public sealed class DigestMeetingTests
{
    private static readonly DigestPeriod Week = DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20));
    private static readonly DateTimeOffset At = new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero);

    private static DigestDebrief D(string id, string who, int day, string client = "C-104", int? g = 4, int? t = 4, int? b = 4,
        string? bring = null, params DigestFinding[] findings)
        => new(id, who, new DateOnly(2026, 11, day), $"debriefs/{who}/2026/11/{day:00}/{id}.json", new AllianceRatings(g, t, b), findings,
            "Book a follow-up", client, bring);

    private static DigestDebrief Oct(string id, string who, int day, params DigestFinding[] findings)
        => new(id, who, new DateOnly(2026, 10, day), $"debriefs/{who}/2026/10/{day:00}/{id}.json", new AllianceRatings(4, 4, 4), findings, "Next", "C-300");

    private static Digest Compose(IEnumerable<DigestDebrief> debriefs, DigestInput? with = null, DateOnly? samLast = null)
    {
        var input = new DigestInput("sup", "Dana Lee", Week,
            [new DigestPractitioner("sam", "Sam Rivera", samLast), new DigestPractitioner("alex", "Alex Chen", new DateOnly(2026, 11, 18))], [.. debriefs], At);
        return DigestComposer.Compose(with is null ? input : input with { LateEntries = with.LateEntries, Removed = with.Removed });
    }

    private static DigestFinding Ticked(string code, Severity severity) => new(code, severity, "ticked in the boundary scan", FindingSource.SelfReported);

    private static DigestFinding Found(string code, Severity severity, string evidence, bool? confirmed = null) => new(code, severity, evidence, FindingSource.Detected, confirmed);

    [Fact]
    public void StatusLine_PerPractitioner_AttentionWatchOrFineWithWhy()
    {
        var digest = Compose(
        [
            D("s1", "sam", 18, findings: [Found("BV-GIFT", Severity.Violation, "took the tickets", true), Ticked("BV-GIFT", Severity.Violation)]),
            D("a1", "alex", 18),
        ]);

        var sam = digest.Practitioners.Single(p => p.PractitionerId == "sam");
        var alex = digest.Practitioners.Single(p => p.PractitionerId == "alex");
        Assert.Equal((PractitionerStatus.NeedsAttention, "1 boundary violation (C-104)"), (sam.Status, sam.Reasons[0]));
        Assert.Equal((PractitionerStatus.Fine, "1 debrief, nothing flagged"), (alex.Status, alex.Reasons.Single()));
        Assert.Equal("**Sam Rivera** \u00b7 Needs attention: 1 boundary violation (C-104)", DigestCopy.StatusLine(sam));
    }

    [Fact]
    public void Findings_OnePerDebriefAndCode_DetectedAndTickedIsOneConfirmed()
    {
        var digest = Compose(
        [
            D("s1", "sam", 16, findings: [Found("BS-TIME", Severity.Warning, "ran an hour over"), Found("BS-TIME", Severity.Warning, "stayed late again"), Ticked("BS-TIME", Severity.Warning)]),
            D("s2", "sam", 17, findings: [Found("BS-CONTACT", Severity.Warning, "gave my number", confirmed: false)]),
            D("s3", "sam", 18, findings: [Ticked("BS-THOUGHTS", Severity.Warning)]),
            D("s4", "sam", 19, findings: [Found("BS-PROLONG", Severity.Warning, "booked more sessions")]),
        ]);

        var sam = digest.Practitioners.Single(p => p.PractitionerId == "sam");
        Assert.Equal(["BS-PROLONG", "BS-THOUGHTS", "BS-TIME"], sam.Findings.Select(f => f.Code).Order());
        var time = sam.Findings.Single(f => f.Code == "BS-TIME");
        Assert.Equal((FindingStatus.Confirmed, "ran an hour over", "C-104"), (time.Status, time.Evidence, time.ClientCode));
        Assert.Equal(FindingStatus.SelfReported, sam.Findings.Single(f => f.Code == "BS-THOUGHTS").Status);
        // Counted: ticked or confirmed (time, thoughts); the unconfirmed detection shows but is not counted, the rejected one not at all.
        Assert.Equal(2, digest.WarningCount);
        Assert.Equal(1, sam.RejectedDetections);
        Assert.Contains("2 boundary signs ticked or confirmed", DigestCopy.Headline(digest));
    }

    [Fact]
    public void FallingClients_WithEachClientsLastRatingsAndALine()
    {
        var digest = Compose(
        [
            D("s0", "sam", 2, client: "C-104", g: 5, t: 4, b: 5),
            D("s1", "sam", 10, client: "C-104", g: 4, t: 4, b: 5),
            D("s2", "sam", 18, client: "C-104", g: 2, t: 4, b: 3),
            D("s3", "sam", 18, client: "C-210", g: 3, t: 3, b: 3),
            D("s4", "sam", 19, client: "C-210", g: 4, t: 3, b: 3),
        ]);

        var falling = Assert.Single(digest.FallingClients);
        Assert.Equal("C-104", falling.ClientCode);
        Assert.Equal([new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 18)], falling.Ratings.Select(r => r.Date));
        Assert.Equal("C-104 (Sam Rivera): goals 4\u21922, bond 5\u21923 since 10 Nov", falling.Line);
        Assert.Contains("alliance falling with C-104", digest.Practitioners.Single(p => p.PractitionerId == "sam").Reasons);
        Assert.Contains(digest.Agenda, a => a.Text.StartsWith("Ask what changed with C-104", StringComparison.Ordinal) && a.ArchivePath!.EndsWith("s2.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Recurring_AcrossTheLastFourWeeks_BoundarySignIsAttention()
    {
        var digest = Compose(
        [
            Oct("o1", "sam", 28, Ticked("BS-TIME", Severity.Warning)),
            D("s1", "sam", 5, findings: [Ticked("BS-TIME", Severity.Warning)]),
            D("s2", "sam", 17, client: "C-210", findings: [Ticked("BS-TIME", Severity.Warning)]),
            Oct("o2", "sam", 10, Ticked("BS-TIME", Severity.Warning)),
        ]);

        var issue = Assert.Single(digest.Recurring);
        Assert.Equal(("BS-TIME", 3), (issue.Code, issue.Debriefs));
        Assert.Equal(["C-104", "C-210", "C-300"], issue.ClientCodes);
        var sam = digest.Practitioners.Single(p => p.PractitionerId == "sam");
        Assert.Equal(PractitionerStatus.NeedsAttention, sam.Status);
        Assert.Contains("time beyond therapeutic need in 3 debriefs over 4 weeks", sam.Reasons);
        Assert.Contains(digest.Agenda, a => a.Text.Contains("(3 debriefs)", StringComparison.Ordinal) && a.Text.Contains("(C-210)", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatTheyWantToBring_InTheDigestAndOnTheAgenda()
    {
        var digest = Compose([D("s1", "sam", 18, bring: "Why endings are hard with this client")]);

        var wish = Assert.Single(digest.Practitioners.Single(p => p.PractitionerId == "sam").WantsToBring);
        Assert.Equal("\u201cWhy endings are hard with this client\u201d (C-104, 18 Nov)", DigestCopy.Wish(wish));
        Assert.Contains(digest.Agenda, a => a.Text == "Sam Rivera wants to bring: \u201cWhy endings are hard with this client\u201d (C-104, 18 Nov)");
        Assert.Contains(DigestCopy.WishesHeading, DigestCardBuilder.Build(digest).ToJsonString());
    }

    [Fact]
    public void QuietPractitioner_NamedWithDays()
    {
        var digest = Compose([D("a1", "alex", 18)], samLast: new DateOnly(2026, 11, 1));

        var sam = digest.Practitioners.Single(p => p.PractitionerId == "sam");
        Assert.Equal((PractitionerStatus.Watch, 19), (sam.Status, sam.DaysSinceLastDebrief));
        Assert.Contains("no debrief for 19 days", sam.Reasons);
        Assert.Contains(digest.Agenda, a => a.Text == DigestCopy.AgendaQuiet("Sam Rivera", 19));
    }

    [Fact]
    public void LateEntriesAndRemovals_HaveTheirSectionsAndBoundaryOnesReachTheAgenda()
    {
        var late = new DigestDebrief("late1", "sam", new DateOnly(2026, 11, 3), "debriefs/sam/2026/11/03/late1.json", new AllianceRatings(4, 4, 4),
            [Ticked("BV-DUAL", Severity.Violation)], "Next", "C-500", ConfirmedAt: new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero));
        var removed = new DigestRemoval("sam", "gone1", "C-104", new DateOnly(2026, 11, 16), ["BV-GIFT"], Discarded: true, "Sam Rivera", null,
            new DateTimeOffset(2026, 11, 17, 8, 0, 0, TimeSpan.Zero));

        var digest = Compose([], new DigestInput("sup", "x", Week, [], [], At) { LateEntries = [late], Removed = [removed] });

        var entry = Assert.Single(digest.LateEntries);
        Assert.Equal("Sam Rivera: debrief late1 for 3 Nov, entered 18 Nov, client C-500: BV-DUAL", DigestCopy.LateLine(entry));
        Assert.Single(digest.Removed);
        Assert.Equal(PractitionerStatus.NeedsAttention, digest.Practitioners.Single(p => p.PractitionerId == "sam").Status);
        Assert.Contains(digest.Agenda, a => a.Text.StartsWith("Entered late: Sam Rivera", StringComparison.Ordinal));
        Assert.Contains(digest.Agenda, a => a.Text.StartsWith("Sam Rivera discarded a draft after describing BV-GIFT", StringComparison.Ordinal));
        var html = DigestHtmlRenderer.Render(digest);
        Assert.Contains(DigestCopy.LateHeading, html);
        Assert.Contains(DigestCopy.RemovedHeading, html);
    }

    [Fact]
    public async Task Service_DebriefEnteredLateForAnEarlierWeek_IsInThisWeeksDigestOnly()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
        var store = new MemoryStorage(clock);
        var rosters = await RosterAsync(store, clock);
        var archive = new StorageDebriefArchive(store);
        await SaveAsync(archive, Sam, new DateOnly(2026, 11, 9), "D-20261109-AAAAA", clock);      // on time
        clock.Advance(TimeSpan.FromDays(8));                                                      // 18 Nov: entered for 2 Nov, a week already digested
        await SaveAsync(archive, Sam, new DateOnly(2026, 11, 2), "D-20261102-BBBBB", clock);
        var service = new DigestService(archive, store, rosters, clock, new DigestOptions { TimeZone = "UTC" });

        var thisWeek = (await service.ComposeAsync(Dana, DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20))))!;
        var weekBefore = (await service.ComposeAsync(Dana, DigestPeriod.WeekEnding(new DateOnly(2026, 11, 13))))!;

        Assert.Equal("D-20261102-BBBBB", Assert.Single(thisWeek.LateEntries).DebriefId);
        Assert.Empty(weekBefore.LateEntries);
        Assert.Equal(new DateOnly(2026, 11, 9), thisWeek.Practitioners.Single(p => p.PractitionerId == Sam).LastDebrief);
    }

    private static async Task SaveAsync(StorageDebriefArchive archive, string practitioner, DateOnly date, string id, TimeProvider clock)
    {
        var record = new DebriefRecord
        {
            DebriefId = id, Practitioner = new PersonRecord(practitioner, "Sam Rivera"), ClientCode = "C-104", Date = date,
            Kind = SessionKind.Ongoing, Setting = SessionSetting.Video, Ratings = new RatingsRecord(4, 4, 4), StandardItemsDone = [],
            Narrative = "x", Reflections = [], Findings = [], PromptsShown = [], WentWell = [], HasViolation = false, EngineVersion = "t",
            StartedAt = clock.GetUtcNow(), ConfirmedAt = clock.GetUtcNow(),
        };
        await archive.SaveAsync(new ArchivedDebrief(id, practitioner, date, DebriefRecordBuilder.ToJson(record), "# x",
            new Dictionary<string, string> { [DebriefTags.ClientCode] = "C-104" }));
    }
}
