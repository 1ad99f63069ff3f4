using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Questions;

namespace AllianceBot.Dialogs.Tests.Commands;

public sealed class CommandTableTests
{
    private sealed class Named(params string[] phrases) : ICommandHandler
    {
        public IReadOnlyList<string> Phrases { get; } = phrases;
        public string? Usage => null;
        public Task HandleAsync(CommandRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
        public bool Accepts(string phrase, string argument) => CommandArguments.IsNoneOrOneWord(argument);
    }

    /// <summary>A command with no argument, as most are (the interface's default).</summary>
    private sealed class Bare(params string[] phrases) : ICommandHandler
    {
        public IReadOnlyList<string> Phrases { get; } = phrases;
        public string? Usage => null;
        public Task HandleAsync(CommandRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Theory]
    [InlineData("resume tips for a client who was fired?")]
    [InlineData("quick question: can I accept a gift?")]
    [InlineData("hi, is it ok to text a client?")]
    public void Match_CommandWordOpeningASentence_IsFreeText(string text)
        => Assert.Null(new CommandTable([new Bare("resume", "quick", "hi")]).Match(text));

    [Fact]
    public void Match_SentenceAfterAnIdCommand_IsFreeText()
    {
        var table = new CommandTable([new Named("show")]);

        Assert.NotNull(table.Match("show D-20261122-7K3Q9"));
        Assert.Null(table.Match("show up late to every appointment, is that a big deal?"));
    }

    [Fact]
    public void Match_LongestPhraseWins_AndArgumentKeepsItsCase()
    {
        var digest = new Named("digest");
        var lastWeek = new Named("digest last week");
        var table = new CommandTable([digest, lastWeek]);

        Assert.Same(lastWeek, table.Match("Digest  LAST week")?.Handler);
        var match = table.Match("digest D-20261122-7K3Q9");
        Assert.Same(digest, match?.Handler);
        Assert.Equal("D-20261122-7K3Q9", match?.Argument);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("  SHOW  ")]
    [InlineData("show.")]
    public void Match_NormalisedText_FindsCommand(string text)
        => Assert.NotNull(new CommandTable([new Named("show")]).Match(text));

    [Theory]
    [InlineData("showing")]
    [InlineData("please show")]
    public void Match_PhraseInsideOtherWords_DoesNotMatch(string text)
        => Assert.Null(new CommandTable([new Named("show")]).Match(text));

    [Fact]
    public void Create_SamePhraseTwice_Throws()
        => Assert.Throws<ArgumentException>(() => new CommandTable([new Named("help"), new Named("Help")]));

    [Theory]
    [InlineData("what is P8", true)]
    [InlineData("Should I tell my supervisor", true)]
    [InlineData("roles?", true)]
    [InlineData("I'm fine", false)]
    [InlineData("what", false)]
    [InlineData("blorp", false)]
    public void IsQuestion_Openers_AndQuestionMark(string text, bool expected)
        => Assert.Equal(expected, QuestionDetector.IsQuestion(text));
}
