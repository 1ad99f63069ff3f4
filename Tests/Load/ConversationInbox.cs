namespace AllianceBot.Load;

/// <summary>
/// The replies of one conversation's current turn. The driver sends a conversation's next message
/// only after its turn is complete, so one open turn per conversation is all there is to track;
/// a reply to any other activity is counted as late (it would mean the completion rule was wrong).
/// </summary>
public sealed class ConversationInbox
{
    private readonly Lock _gate = new();
    private readonly List<SinkReply> _replies = [];
    private string? _expecting;
    private TaskCompletionSource _arrived = NewSignal();

    public int LateReplies { get; private set; }

    public void Begin(string activityId)
    {
        lock (_gate)
        {
            _expecting = activityId;
            _replies.Clear();
            _arrived = NewSignal();
        }
    }

    public void Add(SinkReply reply)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            if (reply.ReplyToId is not null && reply.ReplyToId != _expecting)
            {
                LateReplies++;
                return;
            }
            _replies.Add(reply);
            signal = _arrived;
            _arrived = NewSignal();
        }
        signal.TrySetResult();
    }

    public (int Count, SinkReply? Last) Snapshot()
    {
        lock (_gate)
        {
            return (_replies.Count, _replies.Count > 0 ? _replies[^1] : null);
        }
    }

    public SinkReply[] Replies()
    {
        lock (_gate)
        {
            return [.. _replies];
        }
    }

    /// <summary>Completes on the next reply (or at once if one came since <paramref name="seen"/>).</summary>
    public Task NextAsync(int seen)
    {
        lock (_gate)
        {
            return _replies.Count > seen ? Task.CompletedTask : _arrived.Task;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
