using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

public delegate Task<ResourceResponse[]> SendActivitiesHandler(
    ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);

/// <summary>One incoming activity and the means to answer it.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }
    Activity Activity { get; }
    TurnState TurnState { get; }

    /// <summary>True once a message (not a typing indicator) has been sent in this turn.</summary>
    bool Responded { get; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);
    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
