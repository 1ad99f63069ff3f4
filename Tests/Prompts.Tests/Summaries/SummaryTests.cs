using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Tests.Summaries;

public sealed class SummaryTests
{
    private static readonly DebriefInput Input = new()
    {
        Narrative = "Second session with C-104. She talked about her job search and the stress at home. I gave her my cell, 604-555-1234, so she could reach me. We didn't book a next appointment. The weather was nice.",
        Ratings = new AllianceRatings(4, 3, 2),
        PreviousRatings = new AllianceRatings(4, 4, 4),
        NextSteps = "Email jane@example.com the resume template.",
        StandardItemsDone = ["P6"],
    };

    [Fact]
    public void Summarize_Debrief_SupervisorMarkdownHasSectionsAndMaskedEvidence()
    {
        var engine = EngineFixture.Engine;
        var summary = engine.Summarize(Input, engine.Analyze(Input));
        Assert.StartsWith("# Debrief summary", summary.SupervisorMarkdown);
        Assert.Contains("## What happened", summary.SupervisorMarkdown);
        Assert.Contains("| bond | 2 | 4 |", summary.SupervisorMarkdown);
        Assert.Contains("BS-CONTACT", summary.SupervisorMarkdown);
        Assert.Contains("AC-DROP", summary.SupervisorMarkdown);
        Assert.Contains("[phone]", summary.SupervisorMarkdown);
        Assert.Contains("[email]", summary.SupervisorMarkdown);
        Assert.DoesNotContain("604-555-1234", summary.SupervisorMarkdown + summary.PractitionerReceipt + summary.NarrativeExtract);
        Assert.DoesNotContain("jane@example.com", summary.SupervisorMarkdown + summary.PractitionerReceipt);
    }

    [Fact]
    public void Summarize_Debrief_ExtractPicksKeySentencesInOrder()
    {
        var engine = EngineFixture.Engine;
        var extract = engine.Summarize(Input, engine.Analyze(Input)).NarrativeExtract;
        Assert.Contains("next appointment", extract);
        Assert.DoesNotContain("weather", extract);
        Assert.True(extract.IndexOf("cell", StringComparison.Ordinal) < extract.IndexOf("next appointment", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_SameInput_Deterministic()
    {
        var engine = EngineFixture.Engine;
        var a = engine.Summarize(Input, engine.Analyze(Input));
        var b = engine.Summarize(Input, engine.Analyze(Input));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Summarize_Violation_ReceiptAsksToContactSupervisor()
    {
        var engine = EngineFixture.Engine;
        var input = new DebriefInput { Narrative = "We slept together last weekend." };
        var summary = engine.Summarize(input, engine.Analyze(input));
        Assert.Contains("supervisor now", summary.PractitionerReceipt);
        Assert.Contains("Boundary violation", summary.SupervisorMarkdown);
    }
}
