using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.Dialogs.Turns;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Framework;

public sealed class ComponentDialogTests
{
    private static PlainComponent Inner() => new("inner",
        new WaterfallDialog("inner.steps", [Steps.Ask("inner.text", "Inner question?"), (step, ct) => step.EndDialogAsync($"inner:{step.ResultAs<string>()}", ct)]),
        new TextPrompt("inner.text"));

    [Fact]
    public async Task Nested_InnerComponentCompletes_OuterGetsItsResult()
    {
        var client = new DialogTestClient(new HostDialog(
            new WaterfallDialog("outer", [(step, ct) => step.BeginDialogAsync("inner", null, ct), Steps.EndWithResult()]),
            Inner()));
        var asked = await client.SendActivityAsync("start");

        await client.SendActivityAsync("answer");

        Assert.Equal("Inner question?", asked?.Text);
        Assert.Equal("inner:answer", client.DialogTurnResult?.ResultAs<string>());
    }

    [Fact]
    public async Task Nested_CancelWhileInnerAsks_CancelsWholeStack()
    {
        var client = new DialogTestClient(new HostDialog(
            new WaterfallDialog("outer", [(step, ct) => step.BeginDialogAsync("inner", null, ct), Steps.EndWithResult()]),
            Inner()));
        await client.SendActivityAsync("start");

        await client.SendActivityAsync("cancel");
        var restarted = await client.SendActivityAsync("hello");

        Assert.Equal("Inner question?", restarted?.Text);
    }

    [Fact]
    public async Task Nested_InnerCancelsAll_RootReportsCancelled()
    {
        var inner = new PlainComponent("inner", new WaterfallDialog("inner.steps",
        [
            Steps.Ask("inner.text", "Go on?"),
            (step, ct) => step.CancelAllDialogsAsync(ct),
        ]), new TextPrompt("inner.text"));
        var client = new DialogTestClient(new PlainComponent("root",
            new WaterfallDialog("outer", [(step, ct) => step.BeginDialogAsync("inner", null, ct), Steps.EndWithResult()]),
            inner));
        await client.SendActivityAsync("start");

        await client.SendActivityAsync("anything");

        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task CancelAllDialogs_FromStep_CancelledAndStackEmptied()
    {
        var client = new DialogTestClient(new HostDialog(
            new WaterfallDialog("steps", [Steps.Ask("text", "Sure?"), (step, ct) => step.CancelAllDialogsAsync(ct)]),
            new TextPrompt("text")));
        await client.SendActivityAsync("start");

        await client.SendActivityAsync("no");
        var restarted = await client.SendActivityAsync("hello");

        Assert.Equal("Sure?", restarted?.Text);
    }

    [Fact]
    public async Task CancelAllDialogs_EmptyStack_ReturnsEmpty()
    {
        var client = new DialogTestClient(new WaterfallDialog("steps", [(step, ct) => step.EndDialogAsync(null, ct)]));
        await client.SendActivityAsync("start");
        var adapter = client.Adapter;
        DialogTurnResult? result = null;

        await adapter.ProcessActivityAsync(adapter.MakeActivity("x"), async (turn, ct) =>
        {
            var dialogs = new DialogSet(client.ConversationState.CreateProperty<DialogState>("dialogState"));
            var dc = await dialogs.CreateContextAsync(turn, ct);
            result = await dc.CancelAllDialogsAsync(ct);
        });

        Assert.Equal(DialogTurnStatus.Empty, result?.Status);
    }

    [Fact]
    public async Task ReplaceDialog_FromLastStep_LoopsWithNewOptions()
    {
        var client = new DialogTestClient(new HostDialog(
            new WaterfallDialog("loop",
            [
                (step, ct) => step.PromptAsync("text", PromptOptions.Ask($"Round {step.OptionsAs<int>() + 1}?"), ct),
                (step, ct) => step.ResultAs<string>() == "done"
                    ? step.EndDialogAsync(step.OptionsAs<int>(), ct)
                    : step.ReplaceDialogAsync("loop", step.OptionsAs<int>() + 1, ct),
            ]),
            new TextPrompt("text")));
        await client.SendActivityAsync("start");

        var second = await client.SendActivityAsync("again");
        var third = await client.SendActivityAsync("again");
        await client.SendActivityAsync("done");

        Assert.Equal(("Round 2?", "Round 3?"), (second?.Text, third?.Text));
        Assert.Equal(2, client.DialogTurnResult?.ResultAs<int>());
    }

    [Fact]
    public async Task EndDialog_CancelledChild_GetsEndCallbackWithCancelReason()
    {
        var ends = new List<DialogReason>();
        var client = new DialogTestClient(new HostDialog(
            new WaterfallDialog("steps", [Steps.Ask("probe", "Q?"), Steps.EndWithResult()]),
            new ProbePrompt("probe", ends)));
        await client.SendActivityAsync("start");

        await client.SendActivityAsync("cancel");

        Assert.Equal([DialogReason.CancelCalled], ends);
    }

    [Fact]
    public async Task BeginDialog_UnknownId_Throws()
    {
        var client = new DialogTestClient(new WaterfallDialog("steps", [(step, ct) => step.BeginDialogAsync("missing", null, ct)]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("start"));
    }

    [Fact]
    public void Add_DifferentDialogWithSameId_Throws()
    {
        var set = new DialogSet().Add(new TextPrompt("same"));

        Assert.Throws<InvalidOperationException>(() => set.Add(new TextPrompt("same")));
    }

    private sealed class ProbePrompt(string id, List<DialogReason> ends) : Dialog(id)
    {
        public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
        {
            await dc.Context.SendActivityAsync("Q?", cancellationToken);
            return EndOfTurn;
        }

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        {
            ends.Add(reason);
            return Task.CompletedTask;
        }
    }
}
