using AllianceBot.Prompts.Questions;
using AllianceBot.Quality;

namespace AllianceBot.Prompts.Tests.Questions;

public sealed class AnswerTests
{
    public static TheoryData<ScriptedQuestion> Cases()
    {
        var data = new TheoryData<ScriptedQuestion>();
        foreach (var q in EvalSets.Questions(EvalSets.LocateDirectory())) data.Add(q);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Answer_LabelledQuestion_ExpectedKindAndCodeInTopThree(ScriptedQuestion q)
    {
        var a = EngineFixture.Engine.Answer(q.Q, q.Previous);
        var kind = a.Kind switch { AnswerKind.Answered => "answered", AnswerKind.NotCovered => "notCovered", _ => "crisis" };
        Assert.Equal(q.ExpectedKind, kind);
        if (kind == "answered")
            Assert.Contains(a.Passages.Take(3), p => q.Expected.Contains(p.Code));
    }

    [Fact]
    public void Answer_Crisis_GivesSafetyGuidanceAndNoPassage()
    {
        var a = EngineFixture.Engine.Answer("my client says she wants to end her life tonight");
        Assert.Equal(AnswerKind.Crisis, a.Kind);
        Assert.Empty(a.Passages);
        Assert.Empty(a.CitedCodes);
        Assert.Contains("supervisor now", a.Text);
        Assert.Contains("emergency services", a.Text);
    }

    [Fact]
    public void Answer_OnTopic_CitesTheCodesItQuotes()
    {
        var a = EngineFixture.Engine.Answer("what does P8 say about follow-up?");
        Assert.Equal(AnswerKind.Answered, a.Kind);
        Assert.Equal("P8", a.CitedCodes[0]);
        Assert.All(a.CitedCodes, c => Assert.Contains($"({c})", a.Text));
    }

    [Fact]
    public void Answer_FollowUp_UsesPreviousQuestion()
    {
        var alone = EngineFixture.Engine.Answer("what about in a first session?");
        var followUp = EngineFixture.Engine.Answer("what about in a first session?", "who explains roles and responsibilities?");
        Assert.Equal(AnswerKind.Answered, followUp.Kind);
        Assert.Contains(followUp.Passages.Take(2), p => p.Code is "WA-FIRST" or "P4");
        Assert.NotEqual(alone.Passages.Select(p => p.Code), followUp.Passages.Select(p => p.Code));
    }

    [Theory]
    [InlineData("what's the weather")]
    [InlineData("best pizza")]
    [InlineData("")]
    [InlineData("🙂🙂🙂")]
    public void Answer_OffTopicOrEmpty_NotCovered(string question)
    {
        var a = EngineFixture.Engine.Answer(question);
        Assert.Equal(AnswerKind.NotCovered, a.Kind);
        Assert.Empty(a.CitedCodes);
    }
}
