using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.Dialogs.Turns;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Framework;

public sealed class WaterfallDialogTests
{
    private sealed class Draft
    {
        public string? First { get; set; }
        public string? Second { get; set; }
    }

    private sealed record Greeting(string Salutation);

    private static DialogTestClient TwoQuestions() => new(new HostDialog(
        new WaterfallDialog("steps",
        [
            Steps.Ask("text", "First?"),
            (step, ct) =>
            {
                step.State<Draft>().First = step.ResultAs<string>();
                return step.PromptAsync("text", PromptOptions.Ask("Second?"), ct);
            },
            async (step, ct) =>
            {
                var draft = step.State<Draft>();
                draft.Second = step.ResultAs<string>();
                await step.Context.SendActivityAsync($"{draft.First} then {draft.Second}", ct);
                return await step.EndDialogAsync(draft, ct);
            },
        ]),
        new TextPrompt("text")));

    [Fact]
    public async Task RunAsync_FirstMessage_RunsFirstStepAndWaits()
    {
        var client = TwoQuestions();

        var reply = await client.SendActivityAsync("hi");

        Assert.Equal("First?", reply?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Waterfall_AnswersGiven_RunsStepsInOrderAndCompletes()
    {
        var client = TwoQuestions();
        await client.SendActivityAsync("hi");

        var second = await client.SendActivityAsync("alpha");
        var last = await client.SendActivityAsync("beta");

        Assert.Equal("Second?", second?.Text);
        Assert.Equal("alpha then beta", last?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task State_MutatedInEarlierTurns_ComesBackTypedAsResult()
    {
        var client = TwoQuestions();
        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("alpha");

        await client.SendActivityAsync("beta");

        var draft = client.DialogTurnResult!.ResultAs<Draft>();
        Assert.Equal(("alpha", "beta"), (draft?.First, draft?.Second));
    }

    [Fact]
    public async Task NextAsync_InsteadOfPrompt_RunsNextStepWithResultInSameTurn()
    {
        var client = new DialogTestClient(new WaterfallDialog("steps",
        [
            (step, ct) => step.NextAsync(42, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.ResultAs<int>()}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));

        var reply = await client.SendActivityAsync("hi");

        Assert.Equal("got 42", reply?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task NextAsync_CalledTwiceInOneStep_Throws()
    {
        var client = new DialogTestClient(new WaterfallDialog("steps",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("hi"));
    }

    [Fact]
    public async Task ContinueDialog_NoPromptOpen_NextStepGetsMessageText()
    {
        var client = new DialogTestClient(new WaterfallDialog("steps",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Say something", ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"You said {step.ResultAs<string>()}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        await client.SendActivityAsync("hi");

        var reply = await client.SendActivityAsync("<at>Bot</at> hello there");

        Assert.Equal("You said hello there", reply?.Text);
    }

    [Fact]
    public async Task OptionsAs_ChildBegunWithRecord_ReadsTypedOptionsInLaterTurn()
    {
        var client = new DialogTestClient(new HostDialog(
            new WaterfallDialog("parent", [(step, ct) => step.BeginDialogAsync("child", new Greeting("Kia ora"), ct), Steps.EndWithResult()]),
            new WaterfallDialog("child",
            [
                Steps.Ask("text", "Name?"),
                (step, ct) => step.EndDialogAsync($"{step.OptionsAs<Greeting>()?.Salutation}, {step.ResultAs<string>()}", ct),
            ]),
            new TextPrompt("text")));
        await client.SendActivityAsync("hi");

        await client.SendActivityAsync("Ada");

        Assert.Equal("Kia ora, Ada", client.DialogTurnResult?.ResultAs<string>());
    }

    [Fact]
    public async Task SetState_ImmutableRecord_SurvivesStoreRoundTrip()
    {
        var client = new DialogTestClient(new HostDialog(
            new WaterfallDialog("steps",
            [
                (step, ct) =>
                {
                    step.SetState(new Greeting("Hello"));
                    return step.PromptAsync("text", PromptOptions.Ask("Name?"), ct);
                },
                (step, ct) => step.EndDialogAsync($"{step.State<GreetingBox>().Salutation} {step.ResultAs<string>()}", ct),
            ]),
            new TextPrompt("text")));
        await client.SendActivityAsync("hi");

        await client.SendActivityAsync("Ada");

        Assert.Equal("Hello Ada", client.DialogTurnResult?.ResultAs<string>());
    }

    private sealed class GreetingBox
    {
        public string? Salutation { get; set; }
    }
}
