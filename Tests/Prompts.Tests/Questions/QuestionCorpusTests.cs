using AllianceBot.Corpus;
using AllianceBot.Prompts.Questions;

namespace AllianceBot.Prompts.Tests.Questions;

/// <summary>The answerer on the question corpus's dev split: fixed items, and floors under the split's figures.</summary>
public sealed class QuestionCorpusTests
{
    private static readonly Lazy<Dictionary<string, QuestionCase>> Dev =
        new(() => CorpusFiles.ReadSplit<QuestionCase>("questions", "dev").ToDictionary(c => c.Id));

    [Theory]
    [InlineData("QA-003")] // typos: starting walk-ins late
    [InlineData("QA-007")] // statement: phones ringing in an open-plan office
    [InlineData("QA-090")] // statement: took a gift card
    [InlineData("QB-036")] // statement: dating a recently closed client
    [InlineData("QB-094")] // question: communication strategies
    [InlineData("QC-010")] // statement, slang: always running 20 minutes over
    [InlineData("QC-051")] // typos: told a client about my divorce
    [InlineData("QC-063")] // statement: dressed up for a client
    [InlineData("QA-065")] // question: Egan's model
    public void Answer_DevItem_CitesACodeItMayRestOnFirst(string id)
    {
        var c = Dev.Value[id];

        var a = EngineFixture.Engine.Answer(c.Text, c.Previous);

        Assert.Equal(AnswerKind.Answered, a.Kind);
        Assert.Contains(a.CitedCodes[0], c.Codes);
    }

    [Theory]
    [InlineData("QA-037")] // lunch ideas
    [InlineData("QA-044")] // booking a room in Outlook
    [InlineData("QB-012")] // session fees in private practice
    [InlineData("QB-020")] // renewing a designation, CE hours
    [InlineData("QB-137")] // resume formats
    [InlineData("QC-091")] // mileage claims
    [InlineData("QA-110")] // python error
    public void Answer_DevItemNotCovered_RefusesWithNoCitation(string id)
    {
        var c = Dev.Value[id];

        var a = EngineFixture.Engine.Answer(c.Text, c.Previous);

        Assert.Equal(AnswerKind.NotCovered, a.Kind);
        Assert.Empty(a.CitedCodes);
        Assert.Empty(a.Passages);
        Assert.Equal(AnswerCopy.NotCovered, a.Text);
    }

    [Theory]
    [InlineData("QA-016")] // "how do i stop" after talking 70% of the time
    [InlineData("QA-028")] // texting from my own cell, after emailing between appointments
    [InlineData("QC-013")] // "and if he just refuses to talk at all next time?" after a mandated client
    [InlineData("QC-081")] // "applies to all clients tho?" after congruence
    public void Answer_DevFollowUp_ResolvedWithThePreviousMessage(string id)
    {
        var c = Dev.Value[id];

        var a = EngineFixture.Engine.Answer(c.Text, c.Previous);

        Assert.Equal(AnswerKind.Answered, a.Kind);
        Assert.Contains(a.CitedCodes[0], c.Codes);
    }

    [Fact]
    public void Answer_SelfContainedAfterAnUnrelatedMessage_KeepsItsOwnAnswer()
    {
        var alone = EngineFixture.Engine.Answer("is it ok to text a client from my own cell?");
        var after = EngineFixture.Engine.Answer("is it ok to text a client from my own cell?", "can you give me a quick rundown of Egan's skilled helper model?");

        Assert.Equal("BS-CONTACT", alone.CitedCodes[0]);
        Assert.Equal("BS-CONTACT", after.CitedCodes[0]);
    }

    [Fact]
    public void Answer_OffTopicFollowUpOfAnInScopeMessage_IsStillNotCovered()
    {
        var a = EngineFixture.Engine.Answer("also, how do I claim mileage for home visits?", "how do I explain confidentiality at a first session?");

        Assert.Equal(AnswerKind.NotCovered, a.Kind);
        Assert.Empty(a.CitedCodes);
    }

    /// <summary>Floors a little under the dev figures at freeze: a change that costs several answers fails here.</summary>
    [Fact]
    public void DevSplit_Figures_StayAboveTheirFloors()
    {
        int inScope = 0, top1 = 0, top3 = 0, oos = 0, refused = 0, falseRefusals = 0;
        foreach (var c in Dev.Value.Values)
        {
            var a = EngineFixture.Engine.Answer(c.Text, c.Previous);
            if (!c.InScope)
            {
                oos++;
                if (a.Kind == AnswerKind.NotCovered) refused++;
                continue;
            }
            inScope++;
            if (a.Kind != AnswerKind.Answered) { falseRefusals++; continue; }
            if (c.Codes.Contains(a.CitedCodes[0])) top1++;
            if (a.Passages.Take(3).Any(p => c.Codes.Contains(p.Code))) top3++;
        }

        Assert.InRange((double)top1 / inScope, 0.82, 1.0);
        Assert.InRange((double)top3 / inScope, 0.90, 1.0);
        Assert.InRange((double)refused / oos, 0.85, 1.0);
        Assert.InRange((double)falseRefusals / inScope, 0.0, 0.05);
    }
}
