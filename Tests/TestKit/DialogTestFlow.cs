using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Schema;
using Xunit;

namespace AllianceBot.TestKit;

/// <summary>
/// The fluent flavour of <see cref="DialogTestClient"/>, for scripts that read like the conversation:
/// <c>await client.Flow().Send("hi").AssertReply("Name?").Send("Ada").Click("Yes").StartTestAsync();</c>
/// Click presses a button on the last reply that was asserted.
/// </summary>
public sealed class DialogTestFlow(DialogTestClient client)
{
    private readonly List<Func<Task>> _steps = [];
    private readonly Queue<Activity> _replies = new();
    private Activity? _lastReply;

    public DialogTestFlow Send(string text) => Then(async () => Received(await client.SendActivityAsync(text).ConfigureAwait(false)));

    public DialogTestFlow Click(string buttonTitle) => Then(async () =>
        Received(await client.ClickAsync(_lastReply ?? throw new InvalidOperationException("Click needs an asserted reply with a card first."), buttonTitle).ConfigureAwait(false)));

    public DialogTestFlow AssertReply(string expectedText) => AssertReply(reply => Assert.Equal(expectedText, reply.Text));

    public DialogTestFlow AssertReply(Action<Activity> check) => Then(() =>
    {
        if (!_replies.TryDequeue(out var reply))
        {
            Assert.Fail("Expected a reply, but the bot sent nothing more.");
            return Task.CompletedTask;
        }
        check(reply);
        _lastReply = reply;
        return Task.CompletedTask;
    });

    public DialogTestFlow AssertNoReply() => Then(() =>
    {
        Assert.Empty(_replies);
        return Task.CompletedTask;
    });

    public DialogTestFlow AssertStatus(DialogTurnStatus status) => Then(() =>
    {
        Assert.Equal(status, client.DialogTurnResult?.Status);
        return Task.CompletedTask;
    });

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step().ConfigureAwait(false);
        }
    }

    private DialogTestFlow Then(Func<Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private void Received(Activity? first)
    {
        _replies.Clear();
        if (first is not null)
        {
            _replies.Enqueue(first);
        }
        foreach (var reply in client.Adapter.DrainReplies())
        {
            _replies.Enqueue(reply);
        }
    }
}

public static class DialogTestFlowExtensions
{
    public static DialogTestFlow Flow(this DialogTestClient client) => new(client);
}
