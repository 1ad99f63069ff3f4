using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Tests;

/// <summary>Bad input gives a clear result, never an exception.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> BadInputs() => new()
    {
        "",
        "   \n\t ",
        "🙂😢🙃🔥",
        "<script>alert('x')</script><b>bold</b> &amp; [link](http://example.com)",
        "La séance s'est bien passée. Nous avons fixé des objectifs clairs.",
        "Сессия прошла хорошо. 我们讨论了目标。",
        new string('a', 100_000),
        string.Concat(Enumerable.Repeat("I gave her my number but not my address and ", 2_500)),
        "....!!!???,,,;;;::",
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Analyze_BadInput_ReturnsResultWithoutThrowing(string text)
    {
        var engine = EngineFixture.Engine;
        var input = new DebriefInput { Narrative = text, NextSteps = text, Reflections = [text] };
        var analysis = engine.Analyze(input);
        Assert.NotNull(analysis);
        Assert.InRange(analysis.Prompts.Count, 0, 4);
        Assert.InRange(analysis.ReflectionQuestions.Count, 1, 2);
        var summary = engine.Summarize(input, analysis);
        Assert.StartsWith("# Debrief summary", summary.SupervisorMarkdown);
        Assert.NotNull(engine.Masker.Mask(text));
        Assert.NotNull(engine.Answer(text));
    }

    [Fact]
    public void Analyze_DefaultInput_EmptyFindings()
    {
        var analysis = EngineFixture.Engine.Analyze(new DebriefInput());
        Assert.Empty(analysis.Findings);
        Assert.False(analysis.HasViolation);
    }

    [Fact]
    public void Analyze_ConcurrentCalls_SameResults()
    {
        var input = new DebriefInput { Narrative = "I gave her my cell. We didn't set goals. She seemed guarded." };
        var expected = EngineFixture.Engine.Analyze(input).Findings;
        Parallel.For(0, 32, _ => Assert.Equal(expected, EngineFixture.Engine.Analyze(input).Findings));
    }
}
