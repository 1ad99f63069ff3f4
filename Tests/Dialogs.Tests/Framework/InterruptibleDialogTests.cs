using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Framework;

public sealed class InterruptibleDialogTests
{
    private static readonly WaterfallStep AskName = Steps.Ask("text", "Name?");

    private static readonly WaterfallStep AskRole = (step, ct) =>
        step.PromptAsync("text", PromptOptions.Ask($"Hello {step.ResultAs<string>()}, your role?"), ct);

    private static readonly WaterfallStep AskNote = (step, ct) =>
    {
        step.Values["role"] = step.ResultAs<string>();
        return step.PromptAsync("text", PromptOptions.Ask("Any note?"), ct);
    };

    private static readonly WaterfallStep Finish = (step, ct) =>
        step.EndDialogAsync($"{step.Values["role"]}/{step.ResultAs<string>() ?? "none"}", ct);

    private static async Task<DialogTestClient> AtStepAsync(int answered)
    {
        var client = new DialogTestClient(new HostDialog(
            new WaterfallDialog("steps", [AskName, AskRole, AskNote, Finish]) { OptionalSteps = [AskNote] },
            new TextPrompt("text")));
        await client.SendActivityAsync("start");
        string[] answers = ["Ada", "counsellor"];
        foreach (var answer in answers.Take(answered))
        {
            await client.SendActivityAsync(answer);
        }
        return client;
    }

    [Fact]
    public async Task Help_WhileAsked_ExplainsAndRepeatsQuestion()
    {
        var client = await AtStepAsync(1);

        var help = await client.SendActivityAsync("help");

        Assert.Equal(EngineCopy.Help, help?.Text);
        Assert.Equal("Hello Ada, your role?", client.GetNextReply()?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Help_ThenAnswer_ContinuesWhereItWas()
    {
        var client = await AtStepAsync(1);
        await client.SendActivityAsync("help");

        var next = await client.SendActivityAsync("counsellor");

        Assert.Equal("Any note?", next?.Text);
    }

    [Fact]
    public async Task Cancel_WhileAsked_EndsWithCancelledStatus()
    {
        var client = await AtStepAsync(1);

        var reply = await client.SendActivityAsync("<at>AllianceBot</at> Cancel!");

        Assert.Equal(EngineCopy.Cancelled, reply?.Text);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Cancel_ThenMessage_StartsAgainFromTheTop()
    {
        var client = await AtStepAsync(2);
        await client.SendActivityAsync("cancel");

        var reply = await client.SendActivityAsync("hello again");

        Assert.Equal("Name?", reply?.Text);
    }

    [Fact]
    public async Task Back_OnSecondQuestion_AsksFirstAgain()
    {
        var client = await AtStepAsync(1);

        var reply = await client.SendActivityAsync("back");

        Assert.Equal("Name?", reply?.Text);
    }

    [Fact]
    public async Task Back_OnThirdQuestion_ReasksSecondWithItsOriginalInput()
    {
        var client = await AtStepAsync(2);

        var reply = await client.SendActivityAsync("go back");

        Assert.Equal("Hello Ada, your role?", reply?.Text);
    }

    [Fact]
    public async Task Back_ThenNewAnswer_ReplacesOldAnswer()
    {
        var client = await AtStepAsync(2);
        await client.SendActivityAsync("back");
        await client.SendActivityAsync("supervisor");

        await client.SendActivityAsync("fine");

        Assert.Equal("supervisor/fine", client.DialogTurnResult?.ResultAs<string>());
    }

    [Fact]
    public async Task Back_AfterStepThatMovedStraightOn_AsksTheQuestionBeforeIt()
    {
        var client = new DialogTestClient(new HostDialog(
            new WaterfallDialog("steps", [AskName, (step, ct) => step.NextAsync(step.Result, ct), Steps.Ask("text", "Role?"), Steps.EndWithResult()]),
            new TextPrompt("text")));
        await client.SendActivityAsync("start");
        await client.SendActivityAsync("Ada");

        var reply = await client.SendActivityAsync("back");

        Assert.Equal("Name?", reply?.Text);
    }

    [Fact]
    public async Task Back_Twice_WalksBackTwoQuestions()
    {
        var client = await AtStepAsync(2);
        await client.SendActivityAsync("back");

        var reply = await client.SendActivityAsync("back");

        Assert.Equal("Name?", reply?.Text);
    }

    [Fact]
    public async Task Back_OnFirstQuestion_SaysSoAndRepeatsQuestion()
    {
        var client = await AtStepAsync(0);

        var reply = await client.SendActivityAsync("back");

        Assert.Equal(EngineCopy.NothingToGoBackTo, reply?.Text);
        Assert.Equal("Name?", client.GetNextReply()?.Text);
    }

    [Fact]
    public async Task Skip_OnOptionalQuestion_MovesOnWithNoAnswer()
    {
        var client = await AtStepAsync(2);

        await client.SendActivityAsync("skip");

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("counsellor/none", client.DialogTurnResult?.ResultAs<string>());
    }

    [Fact]
    public async Task Skip_OnRequiredQuestion_RefusesAndRepeatsQuestion()
    {
        var client = await AtStepAsync(1);

        var reply = await client.SendActivityAsync("skip");

        Assert.Equal(EngineCopy.CannotSkip, reply?.Text);
        Assert.Equal("Hello Ada, your role?", client.GetNextReply()?.Text);
    }

    [Fact]
    public async Task Status_OnSecondQuestion_SaysPositionAndRepeatsQuestion()
    {
        var client = await AtStepAsync(1);

        var reply = await client.SendActivityAsync("status");

        Assert.Equal(EngineCopy.Position(2, 4), reply?.Text);
        Assert.Equal("Hello Ada, your role?", client.GetNextReply()?.Text);
    }

    [Fact]
    public async Task CommandInsideSentence_IsAnAnswer()
    {
        var client = await AtStepAsync(1);

        var reply = await client.SendActivityAsync("I help people stop and think");

        Assert.Equal("Any note?", reply?.Text);
    }

    [Fact]
    public async Task CardCommand_Back_AsksPreviousQuestion()
    {
        var client = await AtStepAsync(1);

        var reply = await client.SendValueAsync(JsonSerializer.SerializeToElement(new { command = "back" }));

        Assert.Equal("Name?", reply?.Text);
    }

    [Fact]
    public async Task Status_NoWaterfallOpen_FallsBackToHelp()
    {
        var client = new DialogTestClient(new HostDialog(new WaitingDialog()));
        await client.SendActivityAsync("start");

        var reply = await client.SendActivityAsync("status");

        Assert.Equal(EngineCopy.Help, reply?.Text);
    }

    [Fact]
    public async Task Back_NoWaterfallOpen_SaysNothingToGoBackTo()
    {
        var client = new DialogTestClient(new HostDialog(new WaitingDialog()));
        await client.SendActivityAsync("start");

        var reply = await client.SendActivityAsync("back");

        Assert.Equal(EngineCopy.NothingToGoBackTo, reply?.Text);
    }

    private sealed class WaitingDialog() : Dialog("waiting")
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
            => Task.FromResult(EndOfTurn);
    }

    [Theory]
    [InlineData("quit", InterruptionCommand.Cancel)]
    [InlineData(" Where am I? ", InterruptionCommand.Status)]
    [InlineData("Help?", InterruptionCommand.Help)]
    [InlineData("skip this", InterruptionCommand.Skip)]
    [InlineData("backwards", InterruptionCommand.None)]
    public void Match_Text_FindsCommand(string text, InterruptionCommand expected)
        => Assert.Equal(expected, InterruptionCommands.Match(text));
}
