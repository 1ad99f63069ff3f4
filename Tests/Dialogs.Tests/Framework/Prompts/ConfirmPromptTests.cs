using System.Text.Json;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Framework.Prompts;

public sealed class ConfirmPromptTests
{
    private static Task<DialogTestClient> AskedAsync() => PromptHost.AskedAsync(new ConfirmPrompt("confirm"), PromptOptions.Ask("Save it?"));

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("yeah!", true)]
    [InlineData("sure", true)]
    [InlineData("OK", true)]
    [InlineData("yes, that's right", true)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("Nope.", false)]
    [InlineData("no thanks", false)]
    public async Task Continue_TypedAnswer_Recognized(string answer, bool expected)
    {
        var client = await AskedAsync();

        await client.SendActivityAsync(answer);

        Assert.Equal(expected, client.DialogTurnResult?.ResultAs<bool>());
    }

    [Fact]
    public async Task BeginDialog_CardStyle_OffersYesAndNoButtons()
    {
        var client = PromptHost.Client(new ConfirmPrompt("confirm"), PromptOptions.Ask("Save it?"));

        var reply = await client.SendActivityAsync("start");

        Assert.Equal("Save it?", reply?.Text);
        Assert.Equal(["Yes", "No"], CardActions.Titles(reply!));
    }

    [Fact]
    public async Task Continue_NoButtonClicked_ReturnsFalse()
    {
        var client = PromptHost.Client(new ConfirmPrompt("confirm"), PromptOptions.Ask("Save it?"));
        var card = await client.SendActivityAsync("start");

        await client.ClickAsync(card!, "No");

        Assert.False(client.DialogTurnResult?.ResultAs<bool>());
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Continue_BareBooleanSubmitted_ReturnsIt()
    {
        var client = await AskedAsync();

        await client.SendValueAsync(JsonSerializer.SerializeToElement(true));

        Assert.True(client.DialogTurnResult?.ResultAs<bool>());
    }

    [Fact]
    public async Task Continue_Unclear_RetryAsksForYesOrNo()
    {
        var client = await AskedAsync();

        var reply = await client.SendActivityAsync("maybe");

        Assert.Equal("Save it? Please answer yes or no.", reply?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Continue_ButtonFromEarlierQuestion_NotTakenAsAnswer()
    {
        var client = new DialogTestClient(new HostDialog(
            new WaterfallDialog("two",
            [
                (step, ct) => step.PromptAsync("confirm", PromptOptions.Ask("First?"), ct),
                (step, ct) => step.PromptAsync("confirm", PromptOptions.Ask("Second?"), ct),
                Steps.EndWithResult(),
            ]),
            new ConfirmPrompt("confirm")));
        var first = await client.SendActivityAsync("start");
        await client.ClickAsync(first!, "Yes");

        await client.ClickAsync(first!, "No");

        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task BeginDialog_ListStyle_AddsYesOrNoHintAndNoCard()
    {
        var client = PromptHost.Client(new ConfirmPrompt("confirm"), PromptOptions.Ask("Save it?") with { Style = ListStyle.List });

        var reply = await client.SendActivityAsync("start");

        Assert.Equal("Save it? (yes or no)", reply?.Text);
        Assert.Null(reply?.Attachments);
    }
}
