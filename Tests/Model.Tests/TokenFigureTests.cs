using AllianceBot.Bot.Model;
using AllianceBot.Prompts.Enrichment;
using AllianceBot.TestKit;
using Xunit.Abstractions;

namespace AllianceBot.Model.Tests;

/// <summary>
/// The figures behind the cost estimate in docs/model.md, measured on the realistic test prompts as
/// characters / 4 and as the fake server counts them. If a template grows, these bounds say so.
/// </summary>
public sealed class TokenFigureTests(ITestOutputHelper output)
{
    private const ModelProvider Provider = ModelProvider.AzureOpenAI;

    [Fact]
    public async Task RealisticCalls_TokensPerCall_WithinDocumentedFigures()
    {
        await using var h = await ModelHarness.StartAsync(Provider);
        var answer = TestData.AnswerJson(
            "Texting on a personal phone is a yellow light (BS-CONTACT), not a violation. Offer one work channel and hours for " +
            "contact, say so when you clarify roles and expectations (P4), and bring it to supervision.", "BS-CONTACT", "P4");
        h.Server.Enqueue(FakeOpenAiResponse.Completion(TestData.RealisticDebriefJson()), FakeOpenAiResponse.Completion(answer));

        await h.Enricher.EnrichAsync(TestData.Request(), CancellationToken.None);
        await h.Answerer.AnswerAsync(new GroundedAnswerRequest("A client asked to text me between sessions. Is that OK?",
            [TestData.Passages[3], TestData.Passages[0], TestData.Passages[2], TestData.Passages[1]]), CancellationToken.None);

        var calls = h.Logs.Entries.Where(e => e.EventName == "CallCompleted").ToList();
        Assert.Equal(2, calls.Count);
        var debriefIn = (int)calls[0].Values["InputTokens"]!;
        var debriefOut = (int)calls[0].Values["OutputTokens"]!;
        var questionIn = (int)calls[1].Values["InputTokens"]!;
        var questionOut = (int)calls[1].Values["OutputTokens"]!;
        var debriefRequestChars = h.Server.Requests[0].Body.Length;
        var questionRequestChars = h.Server.Requests[1].Body.Length;
        output.WriteLine($"debrief: {debriefIn} in / {debriefOut} out (request body {debriefRequestChars} chars)");
        output.WriteLine($"question: {questionIn} in / {questionOut} out (request body {questionRequestChars} chars)");

        // docs/model.md rounds these up to 2,500 in / 350 out and 1,100 in / 100 out.
        Assert.InRange(debriefIn, 1500, 2500);
        Assert.InRange(debriefOut, 150, 350);
        Assert.InRange(questionIn, 500, 1100);
        Assert.InRange(questionOut, 40, 100);
    }
}
