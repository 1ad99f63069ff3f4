using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Tests.Detection;

public sealed class DetectorTests
{
    private static IReadOnlyList<Finding> Scan(string text) => EngineFixture.Engine.Scan(text);

    [Fact]
    public void Scan_SharedPersonalNumber_ReportsContactWarningWithEvidenceSpan()
    {
        const string text = "Good session overall. I gave her my personal cell number at the end.";
        var f = Assert.Single(Scan(text), f => f.Code == "BS-CONTACT");
        Assert.Equal("BS-CONTACT", f.Code);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(f.Evidence, text.Substring(f.Start, f.Length));
        Assert.Contains("cell number", f.Evidence);
        Assert.Equal(FindingSource.Detected, f.Source);
    }

    [Theory]
    [InlineData("I did not give her my number.")]
    [InlineData("I didn't add him on Facebook and I never will.")]
    [InlineData("If she asks for my number I would refuse.")]
    [InlineData("I thought about hugging her but didn't.")]
    [InlineData("The client said she wanted to be friends on Instagram.")]
    [InlineData("We had unclear goals last time but agreed them today.")]
    [InlineData("I gave her my full attention.")]
    [InlineData("We shared a laugh about the parking.")]
    [InlineData("I was going to tell him about my divorce but stopped myself.")]
    public void Scan_NegatedHypotheticalReportedOrFixed_ReportsNothing(string text)
    {
        Assert.Empty(Scan(text));
    }

    [Fact]
    public void Scan_Kissing_ReportsViolation()
    {
        var f = Assert.Single(Scan("We kissed after the session."));
        Assert.Equal("BV-ROMANCE", f.Code);
        Assert.Equal(Severity.Violation, f.Severity);
    }

    [Fact]
    public void Scan_TwoClaimsInOneSentence_KeepsTheAffirmedOne()
    {
        var codes = Scan("I didn't give her my address, but I did add her on Instagram.").Select(f => f.Code);
        Assert.Equal(["BS-CONTACT"], codes);
    }

    [Fact]
    public void Analyze_FindingsInNextStepsAndReflections_NameTheirField()
    {
        var input = new DebriefInput
        {
            Narrative = "Routine session.",
            NextSteps = "Not sure when we will meet again.",
            Reflections = ["Honestly I did most of the talking."],
        };
        var findings = EngineFixture.Engine.Analyze(input).Findings;
        Assert.Contains(findings, f => f is { Code: "AC-FOLLOWUP", Field: FindingFields.NextSteps });
        Assert.Contains(findings, f => f is { Code: "AC-RUSHED", Field: FindingFields.Reflection });
    }

    [Fact]
    public void Analyze_SelfReportedSign_BecomesScanFinding()
    {
        var input = new DebriefInput { SelfReportedSigns = ["BV-GIFT", "NOT-A-CODE"] };
        var f = Assert.Single(EngineFixture.Engine.Analyze(input).Findings);
        Assert.Equal(("BV-GIFT", FindingSource.SelfReported, FindingFields.Scan, Severity.Violation), (f.Code, f.Source, f.Field, f.Severity));
    }
}
