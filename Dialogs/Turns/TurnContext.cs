using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSend = [];

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
            var responses = await Adapter.SendActivitiesAsync(this, outgoing, cancellationToken).ConfigureAwait(false);
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
}
