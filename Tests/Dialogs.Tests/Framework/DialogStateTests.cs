using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Framework;

public sealed class DialogStateTests
{
    private sealed class Notes
    {
        public string? Name { get; set; }
        public int Count { get; set; }
    }

    private static HostDialog Survey() => new(
        new WaterfallDialog("survey",
        [
            Steps.Ask("text", "Name?"),
            (step, ct) =>
            {
                var notes = step.State<Notes>();
                notes.Name = step.ResultAs<string>();
                notes.Count++;
                return step.PromptAsync("number", PromptOptions.Ask("How many?"), ct);
            },
            (step, ct) => step.EndDialogAsync($"{step.State<Notes>().Name} x{step.ResultAs<int>()}", ct),
        ]),
        new TextPrompt("text"),
        new NumberPrompt("number", 1, 9));

    [Fact]
    public void Serialize_StackWithNestedJson_RoundTripsThroughBotJson()
    {
        var state = new DialogState
        {
            DialogStack =
            [
                new DialogInstance("prompt", new JsonObject { ["state"] = new JsonObject { ["attemptCount"] = 2 } }),
                new DialogInstance("steps", new JsonObject { ["stepIndex"] = 1, ["values"] = new JsonObject { ["x"] = new JsonArray(1, "a", null) } }),
            ],
        };

        var json = JsonSerializer.Serialize(state, BotJson.Options);
        var back = JsonSerializer.Deserialize<DialogState>(json, BotJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, BotJson.Options));
        Assert.Equal(1, back.DialogStack[1].State["stepIndex"]!.GetValue<int>());
    }

    [Fact]
    public async Task Restart_NewDialogAndClientOnSameStorage_ContinuesAtSameQuestion()
    {
        var storage = new MemoryStorage();
        var before = new DialogTestClient(Survey(), storage);
        await before.SendActivityAsync("start");
        await before.SendActivityAsync("Ada");

        var after = new DialogTestClient(Survey(), storage);
        await after.SendActivityAsync("3");

        Assert.Equal("Ada x3", after.DialogTurnResult?.ResultAs<string>());
    }

    [Fact]
    public async Task Restart_RetryCountKept_AttemptCountContinues()
    {
        var storage = new MemoryStorage();
        var seen = new List<int>();
        Dialog Make() => new HostDialog(
            new WaterfallDialog("w", [Steps.Ask("text", "Q?"), Steps.EndWithResult()]),
            new TextPrompt("text", (p, _) =>
            {
                seen.Add(p.AttemptCount);
                return Task.FromResult(false);
            }));
        var before = new DialogTestClient(Make(), storage);
        await before.SendActivityAsync("start");
        await before.SendActivityAsync("one");

        await new DialogTestClient(Make(), storage).SendActivityAsync("two");

        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public async Task SavedDocument_WaterfallState_HasTypedShape()
    {
        var client = new DialogTestClient(Survey());
        await client.SendActivityAsync("start");
        await client.SendActivityAsync("Ada");

        var key = ConversationState.KeyFor(client.Adapter.Reference.ChannelId!, client.Adapter.Reference.Conversation!.Id!);
        var document = JsonNode.Parse(Encoding.UTF8.GetString((await client.Storage.ReadAsync(key))!.Content.Span))!;
        var host = document["dialogState"]!["dialogStack"]![0]!;
        var inner = host["state"]!["dialogs"]!["dialogStack"]!;
        var waterfall = inner[1]!["state"]!;

        Assert.Equal("host", host["id"]!.GetValue<string>());
        Assert.Equal("number", inner[0]!["id"]!.GetValue<string>());
        Assert.Equal(1, waterfall["stepIndex"]!.GetValue<int>());
        Assert.Equal("Ada", waterfall["values"]!["state"]!["name"]!.GetValue<string>());
        Assert.Equal(32, waterfall["instanceId"]!.GetValue<string>().Length);
        Assert.Equal(0, inner[0]!["state"]!["state"]!["attemptCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Completed_DialogStackEmptyInStore()
    {
        var client = new DialogTestClient(Survey());
        await client.SendActivityAsync("start");
        await client.SendActivityAsync("Ada");

        await client.SendActivityAsync("2");

        var key = ConversationState.KeyFor(client.Adapter.Reference.ChannelId!, client.Adapter.Reference.Conversation!.Id!);
        var document = JsonNode.Parse(Encoding.UTF8.GetString((await client.Storage.ReadAsync(key))!.Content.Span))!;
        Assert.Empty(document["dialogState"]!["dialogStack"]!.AsArray());
    }
}
