using System.Text.Json;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;

namespace AllianceBot.TestKit;

/// <summary>
/// Talks to one dialog the way the bot would: every turn has a fresh TurnContext and loads and saves
/// conversation state through <see cref="Storage"/> (memory by default, any real backend if given),
/// so every conversation also proves the dialog stack survives a store round trip.
/// </summary>
public sealed class DialogTestClient
{
    private readonly Dialog _dialog;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    public DialogTestClient(Dialog dialog, IStorage? storage = null, TestAdapter? adapter = null)
    {
        _dialog = dialog ?? throw new ArgumentNullException(nameof(dialog));
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        Adapter = adapter ?? new TestAdapter(ConversationState);
        _dialogState = ConversationState.CreateProperty<DialogState>(Dialogs.Bots.DialogBot.DialogStateProperty);
    }

    public TestAdapter Adapter { get; }
    public IStorage Storage { get; }
    public ConversationState ConversationState { get; }
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>
    /// Sends a message and returns its first reply; the rest wait for <see cref="GetNextReply"/>.
    /// Unread replies of earlier turns are dropped so each answer lines up with its message.
    /// </summary>
    public Task<Activity?> SendActivityAsync(string text, CancellationToken cancellationToken = default)
        => SendActivityAsync(Adapter.MakeActivity(text), cancellationToken);

    /// <summary>Sends what Teams sends for an Adaptive Card Action.Submit: a message with a value and no text.</summary>
    public Task<Activity?> SendValueAsync(JsonElement value, CancellationToken cancellationToken = default)
    {
        var activity = Adapter.MakeActivity();
        activity.Value = value;
        return SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Clicks the Action.Submit titled <paramref name="title"/> on a card in <paramref name="reply"/>.</summary>
    public Task<Activity?> ClickAsync(Activity reply, string title, CancellationToken cancellationToken = default)
        => SendValueAsync(CardActions.Data(reply, title), cancellationToken);

    public async Task<Activity?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        Adapter.DrainReplies();
        await Adapter.ProcessActivityAsync(activity, async (turnContext, ct) =>
        {
            DialogTurnResult = await _dialog.RunAsync(turnContext, _dialogState, ct).ConfigureAwait(false);
            await ConversationState.SaveChangesAsync(turnContext, false, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return Adapter.GetNextReply();
    }

    public Activity? GetNextReply() => Adapter.GetNextReply();
}

/// <summary>Reads the buttons of Adaptive Cards in a reply.</summary>
public static class CardActions
{
    public static IReadOnlyList<string> Titles(Activity reply) => Actions(reply).Select(a => a.GetProperty("title").GetString() ?? string.Empty).ToList();

    public static JsonElement Data(Activity reply, string title)
        => Actions(reply).FirstOrDefault(a => a.GetProperty("title").GetString() == title) is { ValueKind: JsonValueKind.Object } action
            ? action.GetProperty("data").Clone()
            : throw new InvalidOperationException($"No button '{title}' in the reply; it has: {string.Join(", ", Titles(reply))}.");

    /// <summary>The commands the card's buttons send ({"command": ...}), in card order: the card's own buttons and those in its body.</summary>
    public static IReadOnlyList<string> Commands(Activity reply)
        => Actions(reply).Where(a => a.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("command", out _))
            .Select(a => a.GetProperty("data").GetProperty("command").GetString() ?? string.Empty).ToList();

    /// <summary>Every Action.Submit of the cards in a reply: the card's actions first, then those in ActionSets in its body.</summary>
    private static IEnumerable<JsonElement> Actions(Activity reply)
        => (reply.Attachments ?? [])
            .Where(a => a.ContentType == Attachment.AdaptiveCardContentType && a.Content is { ValueKind: JsonValueKind.Object })
            .SelectMany(a => Nested(a.Content!.Value))
            .Where(a => a.TryGetProperty("type", out var type) && type.GetString() == "Action.Submit");

    private static IEnumerable<JsonElement> Nested(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array)
            {
                foreach (var action in actions.EnumerateArray())
                {
                    yield return action;
                }
            }
            foreach (var property in element.EnumerateObject().Where(p => p.Name is "body" or "items" or "columns"))
            {
                foreach (var child in Nested(property.Value))
                {
                    yield return child;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var child in Nested(item))
                {
                    yield return child;
                }
            }
        }
    }
}
