using AllianceBot.Prompts.Meaning;
using AllianceBot.Prompts.Safety;

namespace AllianceBot.Prompts.Tests.Safety;

public sealed class CrisisScreenTests
{
    private static readonly CrisisScreen CuesOnly = new(embedder: null);
    private static readonly CrisisScreen Full = new(SharedEmbedder.Instance);

    [Theory]
    [InlineData("she said she's going to kill herself tonight")]
    [InlineData("client says he is thinking about suicide again and has a rope in the garage")]
    [InlineData("im worried, shes been talking about sucide all week and gave her cat away")]
    [InlineData("he took like 30 tylenol before coming in")]
    [InlineData("her ex just threatened to kill her when she gets home")]
    [InlineData("the kids are home alone rn and the youngest is 2")]
    [InlineData("he showed me a knife in his bag and said it's for his manager")]
    public void Screen_CrisisWords_CueLayerFires(string text)
    {
        Assert.True(CuesOnly.Screen(text).IsCrisis, text);
    }

    [Theory]
    [InlineData("last year she was hospitalised after an attempt; today we worked on her resume and she is stable")]
    [InlineData("this caseload is killing me")]
    [InlineData("in the training role play the client says she wants to die")]
    [InlineData("I asked her directly about suicide and she said no, never")]
    [InlineData("we reviewed her goals and booked the next session for Tuesday")]
    [InlineData("what's our policy if a client says they are suicidal?")]
    public void Screen_NearMiss_CueLayerQuiet(string text)
    {
        Assert.False(CuesOnly.Screen(text).IsCrisis, text);
    }

    [Fact]
    public void Screen_CrisisInTheMiddleOfALongNarrative_PointsAtItsSentence()
    {
        const string text = "We spent the hour on her cover letter and the interview on Monday. Near the end she said she is going to kill herself tonight. We agreed to meet again next week.";

        var verdict = CuesOnly.Screen(text);

        Assert.True(verdict.IsCrisis);
        Assert.Equal("Near the end she said she is going to kill herself tonight.", text.Substring(verdict.Start, verdict.Length));
        Assert.Equal(AtRisk.Client, verdict.AtRisk);
    }

    [Fact]
    public void Screen_OwnRisk_SaysThePractitionerIsAtRisk()
    {
        Assert.Equal(AtRisk.Practitioner, CuesOnly.Screen("I can't do this anymore, I want to die").AtRisk);
    }

    [Fact]
    public void Screen_WithTheModel_HasASemanticLayerTrainedOnItsEmbeddings()
    {
        Assert.True(Full.HasSemanticLayer);
        Assert.True(Full.Screen("she said she's going to kill herself tonight").IsCrisis);
        Assert.False(Full.Screen("We reviewed her job search plan and booked the next session.").IsCrisis);
    }

    [Theory]
    [InlineData("suicidle", "suicide")]
    [InlineData("presciption", "prescription")]
    [InlineData("overdoes", "overdoes")]
    [InlineData("overdue", "overdue")]
    [InlineData("skill", "skill")]
    public void SpellingRepair_ReadsSlipsAsTheWord_LeavesRealWords(string typed, string read)
    {
        var cues = new SpellingRepair(["suicide", "prescription", "overdose", "kill"], ["overdue", "overdoes", "skill"]);

        Assert.Equal(read, cues.Repair(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Screen_Empty_NotACrisis(string? text)
    {
        Assert.False(Full.Screen(text).IsCrisis);
    }

    [Fact]
    public void Screen_HugeInput_AnswersWithoutThrowing()
    {
        var text = string.Concat(Enumerable.Repeat("we talked about the plan and the pills and tonight ", 2000));

        var verdict = Full.Screen(text);

        Assert.NotNull(verdict);
    }
}
