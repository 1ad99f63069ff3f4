using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Prompts.Tests.Supervision;

public sealed class PromptSelectionTests
{
    [Fact]
    public void Analyze_ManyFindings_AtMostFourPromptsViolationFirst()
    {
        var input = new DebriefInput
        {
            Narrative = "We ran an hour over. I told her about my divorce. I gave her my cell. We didn't agree on goals. She gave me $200 cash and I kept it.",
            Ratings = new AllianceRatings(2, 2, 2),
        };
        var analysis = EngineFixture.Engine.Analyze(input);
        Assert.True(analysis.HasViolation);
        Assert.InRange(analysis.Prompts.Count, 1, 4);
        Assert.Equal(("BV-GIFT", PromptKind.Observation), (analysis.Prompts[0].Code, analysis.Prompts[0].Kind));
        Assert.Contains("supervisor now", analysis.Prompts[0].Text);
        Assert.All(analysis.Prompts, p => Assert.Contains(analysis.Findings, f => f.Code == p.Code));
    }

    [Fact]
    public void Analyze_CleanDebrief_NoPromptsButPraiseAndReflection()
    {
        var input = new DebriefInput
        {
            Narrative = "I explained confidentiality and my role, we agreed on two goals and booked the next session for Tuesday.",
            Kind = SessionKind.First,
        };
        var analysis = EngineFixture.Engine.Analyze(input);
        Assert.Empty(analysis.Findings);
        Assert.Empty(analysis.Prompts);
        Assert.NotEmpty(analysis.WentWell);
        Assert.All(analysis.WentWell, p => Assert.Equal(PromptKind.Acknowledgement, p.Kind));
        Assert.InRange(analysis.ReflectionQuestions.Count, 1, 2);
    }

    [Fact]
    public void Analyze_FirstSessionChecklistWithoutRoles_AsksAboutP4()
    {
        var input = new DebriefInput { Kind = SessionKind.First, StandardItemsDone = ["P5", "P8"], Narrative = "We talked about her job search." };
        var analysis = EngineFixture.Engine.Analyze(input);
        Assert.Contains(analysis.Prompts, p => p.Code == "P4");
    }

    [Fact]
    public void Analyze_SameInputTwice_SameResult()
    {
        var input = new DebriefInput { Narrative = "She doesn't trust me yet. I rushed the ending.", Ratings = new AllianceRatings(3, 3, 2) };
        var a = EngineFixture.Engine.Analyze(input);
        var b = EngineFixture.Engine.Analyze(input);
        Assert.Equal(a.Findings, b.Findings);
        Assert.Equal(a.Prompts, b.Prompts);
        Assert.Equal(a.ReflectionQuestions, b.ReflectionQuestions);
    }
}
