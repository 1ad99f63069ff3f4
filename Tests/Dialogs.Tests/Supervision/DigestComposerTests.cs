using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Tests.Supervision;

public sealed class DigestComposerTests
{
    private static readonly DigestPeriod Week = DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20));
    private static readonly DateTimeOffset At = new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero);

    private static DigestDebrief D(string id, string who, DateOnly date, int? g = 4, int? t = 4, int? b = 4,
        string? next = "Book a follow-up", params DigestFinding[] findings)
        => new(id, who, date, $"debriefs/{who}/{date:yyyy/MM/dd}/{id}.json", new AllianceRatings(g, t, b), findings, next);

    private static Digest Compose(params DigestDebrief[] debriefs)
        => DigestComposer.Compose(new DigestInput("sup", "Dana Lee", Week,
            [new DigestPractitioner("sam", "Sam Rivera"), new DigestPractitioner("alex", "Alex Chen")], debriefs, At));

    [Fact]
    public void Compose_CountsAndAverages_PerPractitionerSortedByName()
    {
        var digest = Compose(D("a", "sam", new(2026, 11, 16), 4, 3, 5), D("b", "sam", new(2026, 11, 18), 2, 3, 5));

        Assert.Equal(["Alex Chen", "Sam Rivera"], digest.Practitioners.Select(p => p.Name));
        var sam = digest.Practitioners[1];
        Assert.Equal(2, sam.DebriefCount);
        Assert.Equal(3.0, sam.Goals.Average);
        Assert.Equal(TrendDirection.New, sam.Goals.Direction);
        Assert.Equal(TrendDirection.None, digest.Practitioners[0].Goals.Direction);
    }

    [Fact]
    public void Compose_RatingsAgainstPreviousPeriod_GiveTrend()
    {
        var digest = Compose(
            D("old", "sam", new(2026, 11, 10), g: 5, t: 2, b: 4),
            D("new", "sam", new(2026, 11, 17), g: 3, t: 4, b: 4));

        var sam = digest.Practitioners.Single(p => p.PractitionerId == "sam");
        Assert.Equal((TrendDirection.Down, 5.0), (sam.Goals.Direction, sam.Goals.PreviousAverage!.Value));
        Assert.Equal(TrendDirection.Up, sam.Tasks.Direction);
        Assert.Equal(TrendDirection.Steady, sam.Bond.Direction);
        Assert.Equal(1, sam.PreviousDebriefCount);
        Assert.Contains(digest.Agenda, a => a.Text.Contains("drop in their self-rated goals"));
    }

    [Fact]
    public void Compose_DebriefsOutsideBothPeriods_AreIgnored()
    {
        var digest = Compose(D("x", "sam", new(2026, 11, 1)), D("y", "sam", new(2026, 11, 21)));

        Assert.All(digest.Practitioners, p => Assert.Equal(0, p.DebriefCount + p.PreviousDebriefCount));
    }

    [Fact]
    public void Compose_Findings_ViolationsFirstWithReferenceAndNoNotes()
    {
        var digest = Compose(
            D("a", "sam", new(2026, 11, 15), findings: [new("BS-TIME", Severity.Warning, "stayed an hour over"), new("AC-TASKS", Severity.Note, "roles")]),
            D("b", "sam", new(2026, 11, 19), findings: [new("BV-GIFT", Severity.Violation, "accepted a watch")]));

        var findings = digest.Practitioners.Single(p => p.PractitionerId == "sam").Findings;
        Assert.Equal(["BV-GIFT", "BS-TIME"], findings.Select(f => f.Code));
        Assert.Equal("b", findings[0].DebriefId);
        Assert.Equal("debriefs/sam/2026/11/19/b.json", findings[0].ArchivePath);
        Assert.Equal("accepted a watch", findings[0].Evidence);
        Assert.Equal(1, digest.ViolationCount);
    }

    [Fact]
    public void Compose_Agenda_PutsEveryViolationFirstInPlainWords()
    {
        var digest = Compose(
            D("a", "alex", new(2026, 11, 15), findings: [new("BS-CONTACT", Severity.Warning, "gave my mobile")]),
            D("b", "sam", new(2026, 11, 19), findings: [new("BV-DUAL", Severity.Violation, "hired the client")]));

        Assert.Equal(Severity.Violation, digest.Agenda[0].Severity);
        Assert.StartsWith("Review a dual or business relationship with a client that Sam Rivera described", digest.Agenda[0].Text);
        Assert.Contains("Alex Chen", digest.Agenda[1].Text);
    }

    [Fact]
    public void Compose_ManyConcerns_BoundaryItemsNeverCappedOthersAre()
    {
        var many = Enumerable.Range(0, 12).Select(i => D($"v{i:00}", i % 2 == 0 ? "sam" : "alex", new(2026, 11, 14 + i % 7), g: 1, t: 1, b: 1, next: "",
            findings: [new($"BV-X{i}", Severity.Violation, "v"), new($"BS-Y{i}", Severity.Warning, "w"), new($"AC-Z{i}", Severity.Warning, "a")])).ToArray();

        var digest = Compose(many);

        var boundary = digest.Agenda.Where(a => a.Codes.Any(c => c.StartsWith("BV-", StringComparison.Ordinal) || c.StartsWith("BS-", StringComparison.Ordinal))).ToList();
        Assert.Equal(24, boundary.Count);
        Assert.Equal(digest.Agenda.Take(24), boundary);
        Assert.All(digest.Agenda.Take(12), a => Assert.Equal(Severity.Violation, a.Severity));
        Assert.Equal(DigestComposer.MaxOtherAgendaItems, digest.Agenda.Count - 24);
    }

    [Fact]
    public void Compose_EmptyOrFlaggedNextSteps_AreUnclearFollowUps()
    {
        var digest = Compose(
            D("a", "sam", new(2026, 11, 15), next: "  "),
            D("b", "sam", new(2026, 11, 16), next: "see", findings: [new("AC-FOLLOWUP", Severity.Note, "see")]),
            D("c", "sam", new(2026, 11, 17)));

        var sam = digest.Practitioners.Single(p => p.PractitionerId == "sam");
        Assert.Equal(["a", "b"], sam.UnclearFollowUps.Select(f => f.DebriefId));
        Assert.Empty(sam.Findings);
        Assert.Contains(digest.Agenda, a => a.Text.Contains("2 debriefs have no clear follow-up"));
    }

    [Fact]
    public void Compose_SilentPractitioner_IsOnAgenda()
    {
        var digest = Compose(D("old", "alex", new(2026, 11, 9)));

        Assert.Contains(digest.Agenda, a => a.Text == "Check in with Alex Chen: no debriefs this period (1 in the previous one).");
    }

    [Fact]
    public void Compose_InputOrder_DoesNotChangeTheDigest()
    {
        var debriefs = new[]
        {
            D("a", "sam", new(2026, 11, 15), 3, 2, 4, findings: [new("BS-TIME", Severity.Warning, "x")]),
            D("b", "sam", new(2026, 11, 15), 5, 4, 2, findings: [new("BS-TIME", Severity.Warning, "y")]),
            D("c", "alex", new(2026, 11, 10), 1, 1, 1),
        };

        var one = DigestJson.Serialize(Compose(debriefs));
        var two = DigestJson.Serialize(Compose(debriefs.Reverse().ToArray()));

        Assert.Equal(one, two);
    }

    [Fact]
    public void Compose_OutOfRangeRatings_AreIgnored()
    {
        var digest = Compose(D("a", "sam", new(2026, 11, 15), g: 9, t: 0, b: 3));

        var sam = digest.Practitioners.Single(p => p.PractitionerId == "sam");
        Assert.Null(sam.Goals.Average);
        Assert.Equal(3.0, sam.Bond.Average);
    }

    [Fact]
    public void DigestJson_RoundTrip_KeepsTheDigest()
    {
        var digest = Compose(D("a", "sam", new(2026, 11, 15), findings: [new("BV-GIFT", Severity.Violation, "watch")]));

        var back = DigestJson.Deserialize(DigestJson.Serialize(digest))!;

        Assert.Equal(DigestJson.Serialize(digest), DigestJson.Serialize(back));
        Assert.Contains("\"severity\": \"Violation\"", System.Text.Encoding.UTF8.GetString(DigestJson.Serialize(digest)));
    }

    [Theory]
    [InlineData(DigestPeriodKind.Week, "2026-11-20", "week-ending-2026-11-20", "2026-11-14")]
    [InlineData(DigestPeriodKind.Day, "2026-11-20", "day-2026-11-20", "2026-11-20")]
    public void DigestPeriod_Key_IsStableAndSafe(DigestPeriodKind kind, string end, string key, string start)
    {
        var period = DigestPeriod.Ending(kind, DateOnly.Parse(end));

        Assert.Equal(key, period.Key);
        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(period.Start.AddDays(-1), period.Previous().End);
    }
}
