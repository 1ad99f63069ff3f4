using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Questions;
using AllianceBot.Prompts.Summaries;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Dialogs.Tests.Commands;

public sealed class QuestionConversationTests
{
    /// <summary>The real engine, with the questions it was asked written down.</summary>
    private sealed class RecordingReasoning(ISupervisionReasoning inner) : ISupervisionReasoning
    {
        public List<(string Question, string? Previous)> Asked { get; } = [];
        public string Version => inner.Version;
        public KnowledgeBase Knowledge => inner.Knowledge;
        public DebriefAnalysis Analyze(DebriefInput input) => inner.Analyze(input);
        public DebriefSummary Summarize(DebriefInput input, DebriefAnalysis analysis) => inner.Summarize(input, analysis);
        public string Mask(string text) => inner.Mask(text);
        public bool LooksLikePersonalIdentifier(string text) => inner.LooksLikePersonalIdentifier(text);
        public AllianceBot.Prompts.Safety.CrisisVerdict Screen(string text) => inner.Screen(text);

        public QuestionAnswer Answer(string question, string? previousQuestion)
        {
            Asked.Add((question, previousQuestion));
            return inner.Answer(question, previousQuestion);
        }
    }

    [Fact]
    public async Task Question_EndsWithQuestionMark_AnswersWithCitedCodes()
    {
        var bot = new BotHarness();
        const string question = "What should I cover in a first session?";
        var expected = BotHarness.Engine.Answer(question, null);

        var reply = Assert.Single(await bot.SendAsync(question));

        Assert.StartsWith(expected.Text, reply.Text);
        Assert.All(expected.CitedCodes, code => Assert.Contains(code, reply.Text));
    }

    [Fact]
    public async Task FollowUpQuestion_PassesThePreviousQuestion()
    {
        var reasoning = new RecordingReasoning(BotHarness.Engine);
        var bot = new BotHarness(reasoning: reasoning);

        await bot.SendAsync("ask how do I agree on goals with a new client");
        bot.Restart();
        await bot.SendAsync("and in a closing session?");

        Assert.Equal([("how do I agree on goals with a new client", null), ("and in a closing session?", "how do I agree on goals with a new client")], reasoning.Asked);
    }

    [Fact]
    public async Task Question_DescribesSomeoneAtRisk_ShowsTheCrisisAnswerAsGiven()
    {
        var bot = new BotHarness();
        const string question = "My client said she wants to kill herself, what should I do?";
        var expected = BotHarness.Engine.Answer(question, null);

        var reply = Assert.Single(await bot.SendAsync(question));

        Assert.Equal(AnswerKind.Crisis, expected.Kind);
        Assert.Equal(expected.Text, reply.Text);
    }

    [Fact]
    public async Task AskWithoutQuestion_AsksWhatToAsk()
    {
        var bot = new BotHarness();

        var reply = Assert.Single(await bot.SendAsync("ask"));

        Assert.Equal(Questions.QuestionsCopy.AskWhat, reply.Text);
    }
}
