using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Tests.Detection;

public sealed class RatingTests
{
    private static IReadOnlyList<Finding> Rate(AllianceRatings now, AllianceRatings? before = null) =>
        EngineFixture.Engine.Analyze(new DebriefInput { Ratings = now, PreviousRatings = before }).Findings;

    [Fact]
    public void Analyze_BondRatedTwo_ReportsBondWarning()
    {
        var f = Assert.Single(Rate(new AllianceRatings(5, 5, 2)));
        Assert.Equal(("AC-BOND", Severity.Warning, FindingSource.Rating), (f.Code, f.Severity, f.Source));
    }

    [Fact]
    public void Analyze_GoalsRatedThree_ReportsNote()
    {
        var f = Assert.Single(Rate(new AllianceRatings(3, 4, 5)));
        Assert.Equal(("AC-GOALS", Severity.Note), (f.Code, f.Severity));
    }

    [Fact]
    public void Analyze_DropOfTwo_ReportsDropFinding()
    {
        var findings = Rate(new AllianceRatings(5, 3, 5), new AllianceRatings(5, 5, 5));
        Assert.Contains(findings, f => f.Code == "AC-DROP" && f.Evidence.Contains("tasks"));
    }

    [Fact]
    public void Analyze_DropOfOneToTwo_ReportsDropFinding()
    {
        Assert.Contains(Rate(new AllianceRatings(2, 5, 5), new AllianceRatings(3, 5, 5)), f => f.Code == "AC-DROP");
    }

    [Fact]
    public void Analyze_SmallDropStayingHigh_ReportsNothing()
    {
        Assert.Empty(Rate(new AllianceRatings(4, 4, 4), new AllianceRatings(5, 5, 5)));
    }

    [Fact]
    public void Analyze_OutOfRangeRatings_AreIgnored()
    {
        Assert.Empty(Rate(new AllianceRatings(0, 9, null)));
    }
}
