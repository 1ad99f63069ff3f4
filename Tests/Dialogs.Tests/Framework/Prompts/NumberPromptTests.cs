using System.Text.Json;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Framework.Prompts;

public sealed class NumberPromptTests
{
    private static Task<DialogTestClient> AskedAsync() => PromptHost.AskedAsync(new NumberPrompt("rating", 1, 5), PromptOptions.Ask("How was it, 1 to 5?"));

    [Theory]
    [InlineData("4")]
    [InlineData("four")]
    [InlineData(" 4 ")]
    [InlineData("Four.")]
    public async Task Continue_WholeNumberInRange_ReturnsIt(string answer)
    {
        var client = await AskedAsync();

        await client.SendActivityAsync(answer);

        Assert.Equal(4, client.DialogTurnResult?.ResultAs<int>());
    }

    [Theory]
    [InlineData("eleven", "11 is outside the range.")]
    [InlineData("0", "0 is outside the range.")]
    [InlineData("5/5", "\"5/5\" isn't a single whole number.")]
    [InlineData("4.5", "4.5 isn't a whole number.")]
    [InlineData("great", "I couldn't read \"great\" as a number.")]
    public async Task Continue_Rejected_RetrySaysWhatWasWrongAndTheRange(string answer, string problem)
    {
        var client = await AskedAsync();

        var reply = await client.SendActivityAsync(answer);

        Assert.Equal($"{problem} Please answer with a whole number from 1 to 5.", reply?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Continue_RejectedThenValid_ReturnsValid()
    {
        var client = await AskedAsync();
        await client.SendActivityAsync("eleven");

        await client.SendActivityAsync("2");

        Assert.Equal(2, client.DialogTurnResult?.ResultAs<int>());
    }

    [Fact]
    public async Task BeginDialog_SmallRange_OffersOneButtonPerNumber()
    {
        var client = PromptHost.Client(new NumberPrompt("rating", 1, 5), PromptOptions.Ask("How was it?"));

        var reply = await client.SendActivityAsync("start");

        Assert.Equal(["1", "2", "3", "4", "5"], CardActions.Titles(reply!));
    }

    [Fact]
    public async Task Continue_ButtonClicked_ReturnsItsNumber()
    {
        var client = PromptHost.Client(new NumberPrompt("rating", 1, 5), PromptOptions.Ask("How was it?"));
        var card = await client.SendActivityAsync("start");

        await client.ClickAsync(card!, "3");

        Assert.Equal(3, client.DialogTurnResult?.ResultAs<int>());
    }

    [Fact]
    public async Task Continue_BareNumberSubmitted_ReturnsIt()
    {
        var client = await AskedAsync();

        await client.SendValueAsync(JsonSerializer.SerializeToElement(new { value = 5 }));

        Assert.Equal(5, client.DialogTurnResult?.ResultAs<int>());
    }

    [Fact]
    public void Recognize_HugeNumber_SaysOutOfRangeNotNotWhole()
    {
        var prompt = new NumberPrompt("rating", 1, 5);

        var (value, problem) = prompt.Recognize("99999999999");

        Assert.Null(value);
        Assert.Equal("99999999999 is outside the range.", problem);
    }

    [Fact]
    public void Constructor_MinAboveMax_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new NumberPrompt("rating", 5, 1));
}
