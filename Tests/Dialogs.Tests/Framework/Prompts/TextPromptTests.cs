using System.Text.Json;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Tests.Framework.Prompts;

public sealed class TextPromptTests
{
    [Fact]
    public async Task BeginDialog_WithOptions_SendsPromptExpectingInput()
    {
        var client = PromptHost.Client(new TextPrompt("text"), PromptOptions.Ask("Name?"));

        var reply = await client.SendActivityAsync("start");

        Assert.Equal(("Name?", "expectingInput"), (reply?.Text, reply?.InputHint));
    }

    [Fact]
    public async Task Continue_TextWithMention_ReturnsTextWithoutMention()
    {
        var client = await PromptHost.AskedAsync(new TextPrompt("text"), PromptOptions.Ask("Name?"));

        await client.SendActivityAsync("<at>AllianceBot</at> Ada ");

        Assert.Equal("Ada", client.DialogTurnResult?.ResultAs<string>());
    }

    [Fact]
    public async Task Continue_CardSubmitWithValue_ReturnsSubmittedText()
    {
        var client = await PromptHost.AskedAsync(new TextPrompt("text"), PromptOptions.Ask("Name?"));

        await client.SendValueAsync(JsonSerializer.SerializeToElement(new { value = "Grace" }));

        Assert.Equal("Grace", client.DialogTurnResult?.ResultAs<string>());
    }

    [Fact]
    public async Task Continue_ValidatorRejects_SendsRetryPromptAndKeepsWaiting()
    {
        var prompt = new TextPrompt("text", (p, _) => Task.FromResult(p.Recognized.Value?.Length >= 3));
        var client = await PromptHost.AskedAsync(prompt, PromptOptions.Ask("Name?", "At least three letters, please."));

        var reply = await client.SendActivityAsync("Al");

        Assert.Equal("At least three letters, please.", reply?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Continue_NoRetryPrompt_RepeatsPrompt()
    {
        var prompt = new TextPrompt("text", (p, _) => Task.FromResult(p.Recognized.Value == "yes"));
        var client = await PromptHost.AskedAsync(prompt, PromptOptions.Ask("Say yes"));

        var reply = await client.SendActivityAsync("no");

        Assert.Equal("Say yes", reply?.Text);
    }

    [Fact]
    public async Task Continue_ValidatorSendsOwnMessage_NoRetryPromptSent()
    {
        var prompt = new TextPrompt("text", async (p, ct) =>
        {
            await p.Context.SendActivityAsync("That looks like a number, not a name.", ct);
            return false;
        });
        var client = await PromptHost.AskedAsync(prompt, PromptOptions.Ask("Name?", "Name, please."));

        var reply = await client.SendActivityAsync("42");

        Assert.Equal("That looks like a number, not a name.", reply?.Text);
        Assert.Null(client.GetNextReply());
    }

    [Fact]
    public async Task Continue_RepeatedFailures_AttemptCountSurvivesTurns()
    {
        var seen = new List<int>();
        var prompt = new TextPrompt("text", (p, _) =>
        {
            seen.Add(p.AttemptCount);
            return Task.FromResult(p.AttemptCount >= 3);
        });
        var client = await PromptHost.AskedAsync(prompt, PromptOptions.Ask("Name?"));

        await client.SendActivityAsync("a");
        await client.SendActivityAsync("b");
        await client.SendActivityAsync("c");

        Assert.Equal([1, 2, 3], seen);
        Assert.Equal("c", client.DialogTurnResult?.ResultAs<string>());
    }
}
