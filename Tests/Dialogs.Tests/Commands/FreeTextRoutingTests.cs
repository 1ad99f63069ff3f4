using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Prompts.Questions;
using AllianceBot.Prompts.Safety;

namespace AllianceBot.Dialogs.Tests.Commands;

/// <summary>A message outside a dialog that is no command: a question or statement about practice gets an answer, chatter gets help.</summary>
public sealed class FreeTextRoutingTests
{
    [Theory]
    [InlineData("my sessions keep running long", "BS-TIME")]
    [InlineData("I gave a client my personal cell number last week", "BS-CONTACT")]
    [InlineData("resume tips? my client wants to give me a $50 gift card when we finish", "BV-GIFT")]
    [InlineData("hi, is it ok to text a client from my own phone?", "BS-CONTACT")]
    public async Task StatementOrQuestionAboutPractice_GetsAnAnswerWithItsCode(string text, string code)
    {
        var bot = new BotHarness();

        var reply = Assert.Single(await bot.SendAsync(text));

        Assert.StartsWith(AnswerCopy.Lead, reply.Text);
        Assert.Contains($"({code})", reply.Text);
        Assert.DoesNotContain("didn't catch that", reply.Text);
    }

    [Theory]
    [InlineData("thanks, that's all for now")]
    [InlineData("my car needs new tires before winter")]
    public async Task ChatterOffTopic_GetsWhatTheBotCanDo(string text)
    {
        var bot = new BotHarness();

        var reply = Assert.Single(await bot.SendAsync(text));

        Assert.StartsWith("Sorry, I didn't catch that.", reply.Text);
        Assert.Contains(CommandsCopy.DebriefUsage, reply.Text);
        Assert.Contains(CommandsCopy.AskUsage, reply.Text);
    }

    [Fact]
    public async Task QuestionOffTopic_GetsNotCoveredWithNoCitation()
    {
        var bot = new BotHarness();

        var reply = Assert.Single(await bot.SendAsync("how do I check if my client qualifies for employment insurance?"));

        Assert.Equal(AnswerCopy.NotCovered, reply.Text);
        Assert.DoesNotContain("Sources:", reply.Text);
    }

    [Fact]
    public async Task StatementAboutSomeoneAtRisk_GetsSafetyGuidance()
    {
        var bot = new BotHarness();

        var reply = Assert.Single(await bot.SendAsync("my client told me she is going to kill herself tonight"));

        // The root bot's screen answers first, in the safety guidance's words (AnswerCopy has none of its own).
        Assert.Equal(SafetyGuidance.LoadEmbedded().For(AtRisk.Client), reply.Text);
    }

    [Fact]
    public async Task ResumeWithNoWordsAfter_StillContinuesTheDebrief()
    {
        var bot = new BotHarness();
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        await bot.SendAsync("cancel");

        var reply = await bot.SendAsync("resume");

        Assert.Contains("(client C-104): continue or discard?", BotHarness.Texts(reply));
    }
}
