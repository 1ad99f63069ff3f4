using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSend = [];
    private readonly Lock _heldGate = new();

    // Replies held until the turn's state is saved (TurnRunner); null when sends go straight to the adapter.
    private List<Activity>? _held;

    public BotAdapter Adapter { get; } = adapter ?? throw new ArgumentNullException(nameof(adapter));
    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));
    public TurnState TurnState { get; } = new();
    public bool Responded { get; private set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : new ResourceResponse(null);
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var reference = Activity.GetConversationReference();
        var outgoing = new List<Activity>(activities.Count);
        foreach (var activity in activities)
        {
            OutboundText.Clean(activity);
            outgoing.Add(activity.ApplyConversationReference(reference));
        }

        async Task<ResourceResponse[]> SendThroughAdapter()
        {
            var responses = _held is null
                ? await Adapter.SendActivitiesAsync(this, outgoing, cancellationToken).ConfigureAwait(false)
                : await HoldAsync(outgoing, cancellationToken).ConfigureAwait(false);
            if (outgoing.Exists(a => a.Type != ActivityTypes.Typing))
            {
                Responded = true;
            }
            return responses;
        }

        return RunHandlers(0);

        Task<ResourceResponse[]> RunHandlers(int index) => index == _onSend.Count
            ? SendThroughAdapter()
            : _onSend[index](this, outgoing, () => RunHandlers(index + 1));
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        activity.ApplyConversationReference(Activity.GetConversationReference());
        return Adapter.UpdateActivityAsync(this, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler);
        return this;
    }

    /// <summary>
    /// From now on replies wait in this context instead of reaching the adapter: if the turn's save
    /// loses an ETag race the turn runs again, and the user must not see the lost attempt's answers.
    /// Typing indicators still go at once: they are what the user sees while slow work runs.
    /// </summary>
    internal void HoldReplies()
    {
        lock (_heldGate)
        {
            _held = [];
        }
    }

    /// <summary>Stops holding; returns what was held, in the order it was sent.</summary>
    internal IReadOnlyList<Activity> ReleaseHeld()
    {
        lock (_heldGate)
        {
            var held = _held ?? [];
            _held = null;
            return held;
        }
    }

    private async Task<ResourceResponse[]> HoldAsync(List<Activity> outgoing, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[outgoing.Count];
        for (var i = 0; i < outgoing.Count; i++)
        {
            if (outgoing[i].Type != ActivityTypes.Typing)
            {
                lock (_heldGate)
                {
                    if (_held is { } held)
                    {
                        held.Add(outgoing[i]);
                        responses[i] = new ResourceResponse(null);
                        continue;
                    }
                }
            }
            responses[i] = (await Adapter.SendActivitiesAsync(this, [outgoing[i]], cancellationToken).ConfigureAwait(false))[0];
        }
        return responses;
    }
}
