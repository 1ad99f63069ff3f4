using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Framework.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly Choice[] Choices =
    [
        new("Went well", ["good", "great"]),
        new("Mixed"),
        new("Went badly", ["rough"]),
    ];

    private static PromptOptions Ask(ListStyle style = ListStyle.Card)
        => PromptOptions.Ask("How did it go?", choices: Choices) with { Style = style };

    private static Task<DialogTestClient> AskedAsync() => PromptHost.AskedAsync(new ChoicePrompt("choice"), Ask());

    [Theory]
    [InlineData("2", "Mixed")]
    [InlineData("three", "Went badly")]
    [InlineData("mixed", "Mixed")]
    [InlineData("Went Well.", "Went well")]
    [InlineData("well", "Went well")]
    [InlineData("honestly it went badly", "Went badly")]
    [InlineData("rough", "Went badly")]
    public async Task Continue_TypedAnswer_FindsChoice(string answer, string expected)
    {
        var client = await AskedAsync();

        await client.SendActivityAsync(answer);

        Assert.Equal(expected, client.DialogTurnResult?.ResultAs<FoundChoice>()?.Value);
    }

    [Theory]
    [InlineData("went")]
    [InlineData("4")]
    [InlineData("purple")]
    public async Task Continue_AmbiguousOrUnknown_RetriesWithHint(string answer)
    {
        var client = await AskedAsync();

        var reply = await client.SendActivityAsync(answer);

        Assert.Equal("How did it go? Please pick one of the options.", reply?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task BeginDialog_CardStyle_OneSubmitButtonPerChoice()
    {
        var client = PromptHost.Client(new ChoicePrompt("choice"), Ask());

        var reply = await client.SendActivityAsync("start");

        Assert.Equal(["Went well", "Mixed", "Went badly"], CardActions.Titles(reply!));
    }

    [Fact]
    public async Task Continue_ButtonClicked_ReturnsChoiceWithIndex()
    {
        var client = PromptHost.Client(new ChoicePrompt("choice"), Ask());
        var card = await client.SendActivityAsync("start");

        await client.ClickAsync(card!, "Went badly");

        Assert.Equal(new FoundChoice("Went badly", 2), client.DialogTurnResult?.ResultAs<FoundChoice>());
    }

    [Fact]
    public async Task BeginDialog_ListStyle_NumberedListInText()
    {
        var client = PromptHost.Client(new ChoicePrompt("choice"), Ask(ListStyle.List));

        var reply = await client.SendActivityAsync("start");

        Assert.Equal("How did it go?\n\n1. Went well\n2. Mixed\n3. Went badly", reply?.Text);
        Assert.Null(reply?.Attachments);
    }
}
