using AllianceBot.Prompts.Cli;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Questions;

namespace AllianceBot.Prompts.Tests.Safety;

public sealed class AnalysisCrisisTests
{
    [Fact]
    public void Analyze_CrisisInNextSteps_CrisisFindingFirstWithItsSentence()
    {
        var input = new DebriefInput { Narrative = "We worked on her resume.", NextSteps = "Call her tomorrow. She said she is going to kill herself tonight." };

        var analysis = EngineFixture.Engine.Analyze(input);

        Assert.True(analysis.HasCrisis);
        var first = analysis.Findings[0];
        Assert.Equal(SupervisionEngine.CrisisCode, first.Code);
        Assert.Equal(Severity.Crisis, first.Severity);
        Assert.Equal(FindingFields.NextSteps, first.Field);
        Assert.Equal("She said she is going to kill herself tonight.", first.Evidence);
    }

    [Fact]
    public void Answer_CrisisStatement_CrisisKindWithNoCitation()
    {
        var answer = EngineFixture.Engine.Answer("my client just told me he has a gun and is going to shoot his boss tomorrow");

        Assert.Equal(AnswerKind.Crisis, answer.Kind);
        Assert.Empty(answer.CitedCodes);
        Assert.Empty(answer.Passages);
    }

    [Fact]
    public async Task Cli_AnalyzeCrisis_JsonSaysCrisisTrue()
    {
        var output = new StringWriter();

        await EngineCli.TryRunAsync(["analyze"], new StringReader("She said she is going to kill herself tonight."), output, CancellationToken.None);

        Assert.Contains("\"crisis\": true", output.ToString());
        Assert.Contains("\"code\": \"CRISIS\"", output.ToString());
    }

    [Fact]
    public async Task Cli_AskCrisisJson_KindCrisis()
    {
        var output = new StringWriter();

        await EngineCli.TryRunAsync(["ask", "she has a plan to end her life tonight, what do I do", "--json"], TextReader.Null, output, CancellationToken.None);

        Assert.Contains("\"kind\": \"crisis\"", output.ToString());
    }
}
