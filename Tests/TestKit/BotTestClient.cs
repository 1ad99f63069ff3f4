using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.TestKit;

/// <summary>
/// Talks to a whole bot (IBot) through the production turn runner, one turn per call, as one user in
/// one conversation; a failing turn starts the conversation over as in production. A new client on
/// the same storage with a new bot instance is a restart.
/// </summary>
public sealed class BotTestClient(IBot bot, TestAdapter adapter)
{
    public TestAdapter Adapter { get; } = adapter ?? throw new ArgumentNullException(nameof(adapter));

    /// <summary>Exceptions that escaped the bot in the last turn (the runner's error handler saw them).</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Sends a typed message and returns every reply of the turn.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(string text, CancellationToken cancellationToken = default)
        => SendAsync(Adapter.MakeActivity(text), cancellationToken);

    /// <summary>Sends a card submission: a message with a value and no text.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(object value, CancellationToken cancellationToken = default)
    {
        var activity = Adapter.MakeActivity();
        activity.Value = JsonSerializer.SerializeToElement(value, BotJson.Options);
        return SendAsync(activity, cancellationToken);
    }

    /// <summary>Clicks the Action.Submit titled <paramref name="title"/> on a card in <paramref name="replies"/>, with the given input values.</summary>
    public Task<IReadOnlyList<Activity>> ClickAsync(IEnumerable<Activity> replies, string title, IReadOnlyDictionary<string, string>? inputs = null,
        CancellationToken cancellationToken = default)
    {
        var reply = replies.Last(r => CardActions.Titles(r).Contains(title));
        var data = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(CardActions.Data(reply, title).GetRawText()) ?? [];
        foreach (var (id, value) in inputs ?? new Dictionary<string, string>())
        {
            data[id] = JsonSerializer.SerializeToElement(value);
        }
        return SubmitAsync(data, cancellationToken);
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        LastError = null;
        Adapter.OnTurnError = (context, ex) =>
        {
            LastError = ex;
            return Adapter.Runner.StartOverAsync(context, ex);
        };
        await Adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return Adapter.DrainReplies();
    }
}
