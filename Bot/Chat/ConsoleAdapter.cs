using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot.Chat;

/// <summary>
/// The terminal as a channel: each line is a message from one local user, replies are printed, and
/// Adaptive Cards become text with numbered actions. Typing an action's number submits it the way
/// Teams would (Action.Submit as a message with a value, Action.Execute as an adaptiveCard/action invoke).
/// </summary>
public sealed class ConsoleAdapter : BotAdapter
{
    public const string ChannelId = "terminal";

    private readonly IBot _bot;
    private readonly TurnRunner _runner;
    private readonly TextWriter _output;
    private readonly ChannelAccount _user = new() { Id = "terminal-user", Name = "You", Role = "user" };
    private readonly ChannelAccount _botAccount = new() { Id = "alliancebot", Name = "AllianceBot", Role = "bot" };
    private readonly ConversationAccount _conversation;
    private IReadOnlyList<CardAction> _actions = [];
    private IReadOnlyList<CardInput> _inputs = [];
    private int _nextId;

    // Activity ids are unique per chat session: the conversation state remembers the last ones, and a
    // new session (same terminal conversation, same storage) must not look like their redelivery.
    private readonly string _session = RandomIds.NewHex()[..8];

    /// <param name="runner">The same turn runner as the web host's: the terminal chat takes the production path.</param>
    public ConsoleAdapter(IBot bot, TurnRunner runner, TextWriter output, string conversationId = "terminal")
    {
        _bot = bot ?? throw new ArgumentNullException(nameof(bot));
        _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", IsGroup = false };
        // The runner logs the failure (to stderr in the chat) and the user reads the apology.
        OnTurnError = runner.StartOverAsync;
    }

    public async Task RunAsync(TextReader input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await _output.WriteLineAsync("AllianceBot terminal chat. Type a message; a number picks a card action; 'exit' quits.").ConfigureAwait(false);
        await TurnAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [_user, _botAccount] }, cancellationToken).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            await _output.WriteAsync("> ").ConfigureAwait(false);
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || line.Trim() is "exit" or "quit")
            {
                break;
            }
            if (line.Trim().Length == 0)
            {
                continue;
            }
            if (await ToActivityAsync(line.Trim(), input, cancellationToken).ConfigureAwait(false) is { } activity)
            {
                await TurnAsync(activity, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.Message)
            {
                await PrintAsync(activity).ConfigureAwait(false);
            }
            responses.Add(new ResourceResponse($"out-{Interlocked.Increment(ref _nextId)}"));
        }
        return [.. responses];
    }

    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await _output.WriteLineAsync("(updated)").ConfigureAwait(false);
        await PrintAsync(activity).ConfigureAwait(false);
        return new ResourceResponse(activity.Id);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => _output.WriteLineAsync("(a message was deleted)");

    public override Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var activity = new Activity { Type = ActivityTypes.Event, Name = "ContinueConversation" };
        activity.ChannelId = reference.ChannelId ?? ChannelId;
        activity.Conversation = reference.Conversation ?? _conversation;
        activity.From = reference.User ?? _user;
        activity.Recipient = reference.Bot ?? _botAccount;
        return RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    private async Task TurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = $"in-{_session}-{Interlocked.Increment(ref _nextId)}";
        activity.ChannelId = ChannelId;
        activity.From ??= _user;
        activity.Recipient = _botAccount;
        activity.Conversation = _conversation;
        activity.Timestamp = DateTimeOffset.UtcNow;
        activity.Locale ??= "en-US";
        var result = await _runner.RunAsync(this, activity, _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        if (activity.Type == ActivityTypes.Invoke && result.InvokeResponse is { Body: { } body })
        {
            // Action.Execute answers with a refreshed card in the invoke response.
            var element = JsonSerializer.SerializeToElement(body, BotJson.Options);
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("value", out var card) && card.ValueKind == JsonValueKind.Object)
            {
                await PrintAsync(new Activity { Attachments = [Attachment.AdaptiveCard(card)] }).ConfigureAwait(false);
            }
        }
    }

    private async Task<Activity?> ToActivityAsync(string line, TextReader input, CancellationToken cancellationToken)
    {
        if (!int.TryParse(line, out var number) || number < 1 || number > _actions.Count)
        {
            return Activity.CreateMessage(line);
        }
        var action = _actions[number - 1];
        switch (action.Type)
        {
            case "Action.OpenUrl":
                await _output.WriteLineAsync($"(open {action.Url} in a browser)").ConfigureAwait(false);
                return null;
            case "imBack" or "messageBack" when action.Data is { ValueKind: JsonValueKind.String } text:
                return Activity.CreateMessage(text.GetString());
        }
        var data = action.Data is { ValueKind: JsonValueKind.Object } obj ? JsonNode.Parse(obj.GetRawText())!.AsObject() : [];
        if (action.Data is { ValueKind: JsonValueKind.String } plain && _inputs.Count == 0 && action.Type == "Action.Submit")
        {
            // A submit with string data is sent by Teams as that text.
            return Activity.CreateMessage(plain.GetString());
        }
        foreach (var field in _inputs)
        {
            var value = await AskAsync(field, input, cancellationToken).ConfigureAwait(false);
            if (value is null)
            {
                return null;
            }
            data[field.Id] = value;
        }
        var value2 = JsonSerializer.SerializeToElement(data, BotJson.Options);
        if (action.Type == "Action.Execute")
        {
            var invokeValue = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action.Verb, ["data"] = data },
            };
            return new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Value = JsonSerializer.SerializeToElement(invokeValue, BotJson.Options) };
        }
        return new Activity { Type = ActivityTypes.Message, Value = value2 };
    }

    private async Task<string?> AskAsync(CardInput field, TextReader input, CancellationToken cancellationToken)
    {
        if (field.Choices.Count > 0)
        {
            for (var i = 0; i < field.Choices.Count; i++)
            {
                await _output.WriteLineAsync($"    {i + 1}. {field.Choices[i].Title}").ConfigureAwait(false);
            }
        }
        await _output.WriteAsync($"  {field.Label}: ").ConfigureAwait(false);
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        var answer = (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim();
        if (answer is null)
        {
            return null;
        }
        if (field.Choices.Count > 0 && int.TryParse(answer, out var pick) && pick >= 1 && pick <= field.Choices.Count)
        {
            return field.Choices[pick - 1].Value;
        }
        return answer;
    }

    private async Task PrintAsync(Activity activity)
    {
        var actions = new List<CardAction>();
        var inputs = new List<CardInput>();
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            await _output.WriteLineAsync($"bot: {activity.Text}").ConfigureAwait(false);
        }
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is not { } content)
            {
                continue;
            }
            var rendered = attachment.ContentType == "application/vnd.microsoft.card.hero"
                ? HeroCardText.Render(content)
                : CardText.Render(content);
            var renumbered = rendered.Actions.Select((a, i) => a with { Number = actions.Count + i + 1 }).ToList();
            var text = rendered.Text;
            for (var i = rendered.Actions.Count - 1; i >= 0 && actions.Count > 0; i--)
            {
                text = text.Replace($"  {rendered.Actions[i].Number}) ", $"  {renumbered[i].Number}) ", StringComparison.Ordinal);
            }
            actions.AddRange(renumbered);
            inputs.AddRange(rendered.Inputs);
            await _output.WriteLineAsync(Indent(text)).ConfigureAwait(false);
        }
        // A new bot message replaces the actions the user can pick by number.
        _actions = actions;
        _inputs = inputs;
    }

    private static string Indent(string text) => "bot: " + text.Replace("\n", "\n     ", StringComparison.Ordinal);
}
