using System.Text.Json;
using AllianceBot.Bot.Chat;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot.Tests;

public sealed class ChatTests
{
    private const string Card = """
        {"type":"AdaptiveCard","version":"1.5","body":[
          {"type":"TextBlock","text":"Debrief summary","weight":"Bolder","size":"Large"},
          {"type":"TextBlock","text":"Goals agreed, bond strong."},
          {"type":"FactSet","facts":[{"title":"Client","value":"C-104"}]},
          {"type":"Input.Text","id":"note","label":"Anything to add?"}],
         "actions":[
          {"type":"Action.Submit","title":"Confirm","data":{"action":"confirm"}},
          {"type":"Action.Submit","title":"Edit","data":{"action":"edit"}},
          {"type":"Action.Execute","title":"Refresh","verb":"refresh","data":{"x":1}}]}
        """;

    [Fact]
    public void Render_AdaptiveCard_TitleTextFactsInputsAndNumberedActions()
    {
        using var card = JsonDocument.Parse(Card);

        var rendered = CardText.Render(card.RootElement);

        Assert.Equal("""
            Debrief summary
            Goals agreed, bond strong.
            Client: C-104
            [Anything to add?]
              1) Confirm
              2) Edit
              3) Refresh
            """.ReplaceLineEndings("\n"), rendered.Text.ReplaceLineEndings("\n"));
        Assert.Equal(["Action.Submit", "Action.Submit", "Action.Execute"], rendered.Actions.Select(a => a.Type));
        Assert.Equal("note", Assert.Single(rendered.Inputs).Id);
    }

    [Fact]
    public async Task Chat_TypedNumberAfterCard_SubmitsActionDataWithInputs()
    {
        var bot = new CardBot();
        var output = new StringWriter();
        var adapter = new ConsoleAdapter(bot, Runner(new ConversationState(new MemoryStorage())), output);

        await adapter.RunAsync(new StringReader("show card\n1\nlooks right\nexit\n"), default);

        var submitted = bot.Received.Last();
        Assert.Equal(ActivityTypes.Message, submitted.Type);
        Assert.Equal("confirm", submitted.Value!.Value.GetProperty("action").GetString());
        Assert.Equal("looks right", submitted.Value!.Value.GetProperty("note").GetString());
        var transcript = output.ToString();
        Assert.Contains("bot: welcome", transcript, StringComparison.Ordinal);
        Assert.Contains("Debrief summary", transcript, StringComparison.Ordinal);
        Assert.Contains("  1) Confirm", transcript, StringComparison.Ordinal);
        Assert.Contains("bot: got confirm", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_TypedNumberForExecute_SendsAdaptiveCardActionInvoke()
    {
        var bot = new CardBot();
        var adapter = new ConsoleAdapter(bot, Runner(new ConversationState(new MemoryStorage())), new StringWriter());

        await adapter.RunAsync(new StringReader("show card\n3\n\nexit\n"), default);

        var invoke = bot.Received.Last();
        Assert.Equal(ActivityTypes.Invoke, invoke.Type);
        Assert.Equal("adaptiveCard/action", invoke.Name);
        Assert.Equal("refresh", invoke.Value!.Value.GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public async Task Chat_EchoBotWithState_CountsAcrossLines()
    {
        var state = new ConversationState(new MemoryStorage());
        var output = new StringWriter();
        var adapter = new ConsoleAdapter(new EchoBot(state), Runner(state), output);

        await adapter.RunAsync(new StringReader("one\ntwo\n"), default);

        Assert.Contains("bot: Echo (2): two", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_BotThrows_PrintsApologyAndKeepsGoing()
    {
        var bot = new TestBot();
        var state = new ConversationState(new MemoryStorage());
        bot.State = state;
        var output = new StringWriter();
        var adapter = new ConsoleAdapter(bot, Runner(state), output);
        bot.Before = turn => turn.Activity.Text == "boom" ? throw new InvalidOperationException() : Task.CompletedTask;

        await adapter.RunAsync(new StringReader("boom\nfine\n"), default);

        Assert.Contains("something went wrong", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("bot: echo 1: fine", output.ToString(), StringComparison.Ordinal);
    }

    private static TurnRunner Runner(ConversationState state)
        => new(state, new RecentActivities(TimeProvider.System), new ConversationLocks(), Microsoft.Extensions.Logging.Abstractions.NullLogger<TurnRunner>.Instance);

    private sealed class CardBot : IBot
    {
        public List<Activity> Received { get; } = [];

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var activity = turnContext.Activity;
            Received.Add(activity);
            if (activity.Type == ActivityTypes.ConversationUpdate)
            {
                await turnContext.SendActivityAsync("welcome", cancellationToken);
            }
            else if (activity.Type == ActivityTypes.Message && activity.Value is { } value)
            {
                await turnContext.SendActivityAsync("got " + value.GetProperty("action").GetString(), cancellationToken);
            }
            else if (activity.Type == ActivityTypes.Message)
            {
                using var card = JsonDocument.Parse(Card);
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card.RootElement.Clone())] }, cancellationToken);
            }
        }
    }
}
