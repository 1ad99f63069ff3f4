using System.Collections.Concurrent;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot.Tests.Support;

/// <summary>
/// An echo bot that counts the conversation's messages in ConversationState (and saves inside the
/// turn, as the dialog bot will), records what it saw, and can be told to be slow, fail or answer invokes.
/// </summary>
public sealed class TestBot : IBot
{
    private readonly ConcurrentQueue<Activity> _seen = new();
    private int _active;

    public ConversationState? State { get; set; }
    public IReadOnlyList<Activity> Seen => [.. _seen];
    public int MessagesSeen => _seen.Count(a => a.Type == ActivityTypes.Message);
    public int MaxConcurrent { get; private set; }
    public Func<ITurnContext, Task>? Before { get; set; }
    public Exception? Throw { get; set; }
    public InvokeResponse? InvokeAnswer { get; set; }
    public bool SendTyping { get; set; }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _seen.Enqueue(turnContext.Activity);
        var active = Interlocked.Increment(ref _active);
        lock (_seen)
        {
            MaxConcurrent = Math.Max(MaxConcurrent, active);
        }
        try
        {
            if (Before is not null)
            {
                await Before(turnContext);
            }
            if (Throw is not null)
            {
                throw Throw;
            }
            switch (turnContext.Activity.Type)
            {
                case ActivityTypes.Message:
                    if (SendTyping)
                    {
                        await turnContext.SendTypingAsync(cancellationToken);
                    }
                    var state = State ?? throw new InvalidOperationException("TestBot.State is not set.");
                    var counter = await state.CreateProperty<Counter>("counter").GetAsync(turnContext, () => new Counter(), cancellationToken);
                    counter.Count++;
                    await state.SaveChangesAsync(turnContext, false, cancellationToken);
                    await turnContext.SendActivityAsync($"echo {counter.Count}: {turnContext.Activity.Text}", cancellationToken);
                    break;
                case ActivityTypes.ConversationUpdate:
                    await turnContext.SendActivityAsync("welcome", cancellationToken);
                    break;
                case ActivityTypes.Invoke when InvokeAnswer is not null:
                    turnContext.TurnState.Set(InvokeAnswer);
                    break;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
    }

    public sealed class Counter
    {
        public int Count { get; set; }
    }
}
