using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Prompts.Questions;
using AllianceBot.Prompts.Safety;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Commands;

/// <summary>
/// Free text outside a dialog in order: the crisis screen (before anything), a command, "did you mean"
/// for a slip of a command that would run, a question or statement about practice, then help.
/// </summary>
public sealed class RoutingOrderTests
{
    [Fact]
    public async Task CrisisInWhatLooksLikeACommand_SafetyGuidanceAndNoCommand()
    {
        var bot = new BotHarness();

        var replies = await bot.SendAsync("debrief: my client said she is going to kill herself tonight, she has the pills ready");

        Assert.Equal(SafetyGuidance.LoadEmbedded().For(AtRisk.Client), Assert.Single(replies).Text);
        Assert.Empty(await bot.SavedAsync());
    }

    [Fact]
    public async Task SlipOfACommandThatWouldRun_DidYouMean()
    {
        var bot = new BotHarness();

        var reply = Assert.Single(await bot.SendAsync("sho D-20261122-7K3Q9"));

        Assert.Equal(CommandsCopy.DidYouMean("show D-20261122-7K3Q9"), reply.Text);
    }

    [Theory]
    [InlineData("sho me how to handle a client who texts me on my personal cell")]
    [InlineData("delet the idea that a small gift from a client is fine? what does the standard say")]
    public async Task SlipOpeningASentence_IsFreeTextForTheAnswerer_NotDidYouMean(string text)
    {
        var bot = new BotHarness();

        var reply = Assert.Single(await bot.SendAsync(text));

        Assert.DoesNotContain("Did you mean", reply.Text);
        Assert.StartsWith(AnswerCopy.Lead, reply.Text);
    }

    [Theory]
    [InlineData("digest", "", true)]
    [InlineData("digest", "sam", true)]
    [InlineData("digest last week", "Sam Rivera", true)]
    [InlineData("digest", "of my week, what should a good one have?", false)]
    [InlineData("acknowledge", "A0123456789", true)]
    [InlineData("acknowledge", "that my client gave me a gift", false)]
    [InlineData("approve delete", "debriefs/x/2026/11/22/D-20261122-7K3Q9.json", true)]
    [InlineData("keep debrief", "debriefs/x/2026/11/22/D-20261122-7K3Q9.json", true)]
    [InlineData("review", "D-20261122-7K3Q9", true)]
    [InlineData("my practitioners", "please", false)]
    public void SupervisorCommands_TakeTheirArgumentsOnly(string phrase, string argument, bool accepted)
        => Assert.Equal(accepted, new SupervisorCommandHandler(null!).Accepts(phrase, argument));
}
