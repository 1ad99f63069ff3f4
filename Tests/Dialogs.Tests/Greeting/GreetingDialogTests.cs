using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Greeting;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Greeting;

public sealed class GreetingDialogTests
{
    private static async Task<(DialogTestClient Client, Schema.Activity DayQuestion)> AtDayQuestionAsync()
    {
        var client = new DialogTestClient(new GreetingDialog());
        await client.SendActivityAsync("hi");
        var confirm = await client.SendActivityAsync("Ada");
        var day = await client.ClickAsync(confirm!, "Yes");
        return (client, day!);
    }

    [Fact]
    public async Task Greeting_FullConversation_SaysGoodbyeWithNameAndRating()
    {
        var client = new DialogTestClient(new GreetingDialog());

        var askName = await client.SendActivityAsync("hi");
        var confirm = await client.SendActivityAsync("Ada");
        var askDay = await client.SendActivityAsync("yes");
        var goodbye = await client.SendActivityAsync("four");

        Assert.Equal(GreetingCopy.AskName, askName?.Text);
        Assert.Equal(GreetingCopy.ConfirmName("Ada"), confirm?.Text);
        Assert.Equal(GreetingCopy.AskDay, askDay?.Text);
        Assert.Equal(GreetingCopy.Goodbye("Ada", 4), goodbye?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Greeting_Completed_ResultIsTypedState()
    {
        var (client, day) = await AtDayQuestionAsync();

        await client.ClickAsync(day, "2");

        var result = client.DialogTurnResult?.ResultAs<GreetingState>();
        Assert.Equal(("Ada", 2), (result?.Name, result?.DayRating));
    }

    [Fact]
    public async Task Greeting_NameWrong_StartsOverFromName()
    {
        var client = new DialogTestClient(new GreetingDialog());
        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Adda");

        var again = await client.SendActivityAsync("no");

        Assert.Equal(GreetingCopy.AskName, again?.Text);
    }

    [Fact]
    public async Task Greeting_NameWithoutLetters_AsksAgain()
    {
        var client = new DialogTestClient(new GreetingDialog());
        await client.SendActivityAsync("hi");

        var retry = await client.SendActivityAsync("12345");

        Assert.Equal(GreetingCopy.AskNameAgain, retry?.Text);
    }

    [Fact]
    public async Task Greeting_DayRatingEleven_RetryExplainsRange()
    {
        var (client, _) = await AtDayQuestionAsync();

        var retry = await client.SendActivityAsync("eleven");

        Assert.Equal("11 is outside the range. Please answer with a whole number from 1 to 5.", retry?.Text);
    }

    [Fact]
    public async Task Greeting_DaySkipped_SaysGoodbyeWithoutRating()
    {
        var (client, _) = await AtDayQuestionAsync();

        var goodbye = await client.SendActivityAsync("skip");

        Assert.Equal(GreetingCopy.Goodbye("Ada", null), goodbye?.Text);
        Assert.Null(client.DialogTurnResult?.ResultAs<GreetingState>()?.DayRating);
    }

    [Fact]
    public async Task Greeting_BackAtDay_AsksConfirmationAgain()
    {
        var (client, _) = await AtDayQuestionAsync();

        var reply = await client.SendActivityAsync("back");

        Assert.Equal(GreetingCopy.ConfirmName("Ada"), reply?.Text);
    }

    [Fact]
    public Task Greeting_ScriptedWithHelpInTheMiddle_ReadsLikeTheConversation()
        => new DialogTestClient(new GreetingDialog()).Flow()
            .Send("hi").AssertReply(GreetingCopy.AskName)
            .Send("Ada").AssertReply(GreetingCopy.ConfirmName("Ada"))
            .Send("help").AssertReply(EngineCopy.Help).AssertReply(GreetingCopy.ConfirmName("Ada"))
            .Click("Yes").AssertReply(GreetingCopy.AskDay)
            .Click("5").AssertReply(GreetingCopy.Goodbye("Ada", 5)).AssertNoReply()
            .AssertStatus(DialogTurnStatus.Complete)
            .StartTestAsync();
}
