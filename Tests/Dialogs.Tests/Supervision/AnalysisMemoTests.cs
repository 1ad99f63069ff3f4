using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Dialogs.Tests.Supervision;

public sealed class AnalysisMemoTests
{
    private static DebriefInput Input(string narrative = "We agreed goals. I gave my personal number to the client.") => new()
    {
        Narrative = narrative,
        Kind = SessionKind.First,
        Ratings = new AllianceRatings(4, 3, 2),
        StandardItemsDone = ["P4", "P8"],
        SelfReportedSigns = ["BS-CONTACT"],
        Reflections = ["I felt rushed"],
        NextSteps = "Review the contract",
    };

    [Fact]
    public void Analyze_SameContentInNewInstances_ReturnsTheFirstAnalysis()
    {
        var engine = OfflineReasoning.CreateDefault();

        var first = engine.Analyze(Input());
        var again = engine.Analyze(Input());

        Assert.Same(first, again);
    }

    [Fact]
    public void Analyze_Memoized_EqualsAFreshEngineAnalysis()
    {
        var engine = OfflineReasoning.CreateDefault();
        engine.Analyze(Input());

        var memoized = engine.Analyze(Input());
        var fresh = SupervisionEngine.CreateDefault().Analyze(Input());

        Assert.Equal(fresh.Findings.Select(f => (f.Code, f.Severity)), memoized.Findings.Select(f => (f.Code, f.Severity)));
        Assert.Equal(fresh.Prompts.Select(p => p.Text), memoized.Prompts.Select(p => p.Text));
        Assert.Equal(fresh.ReflectionQuestions.Select(p => p.Text), memoized.ReflectionQuestions.Select(p => p.Text));
    }

    [Fact]
    public void Analyze_DifferentContent_AnalyzesAgain()
    {
        var engine = OfflineReasoning.CreateDefault();

        var first = engine.Analyze(Input());
        var other = engine.Analyze(Input("A calm session; we set goals together."));

        Assert.NotSame(first, other);
    }

    public static TheoryData<DebriefInput, DebriefInput> Neighbours => new()
    {
        { Input() with { StandardItemsDone = ["P4", "P8"] }, Input() with { StandardItemsDone = ["P4P8"] } },
        { Input() with { StandardItemsDone = ["P4"], SelfReportedSigns = ["P8", "BS-CONTACT"] }, Input() with { StandardItemsDone = ["P4", "P8"], SelfReportedSigns = ["BS-CONTACT"] } },
        { Input() with { NextSteps = null }, Input() with { NextSteps = "" } },
        { Input() with { Ratings = null }, Input() with { Ratings = new AllianceRatings() } },
        { Input() with { Ratings = new AllianceRatings(1, 2, 3) }, Input() with { Ratings = new AllianceRatings(1, 23) } },
        { Input() with { Ratings = new AllianceRatings(1) }, Input() with { PreviousRatings = new AllianceRatings(1) } },
        { Input() with { Kind = SessionKind.First }, Input() with { Kind = SessionKind.Closing } },
    };

    [Theory]
    [MemberData(nameof(Neighbours))]
    public void Key_InputsThatDiffer_HaveDifferentKeys(DebriefInput one, DebriefInput other)
        => Assert.NotEqual(AnalysisMemo.Key(one), AnalysisMemo.Key(other));
}
