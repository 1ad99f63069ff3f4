using AllianceBot.Prompts.Safety;

namespace AllianceBot.Dialogs.Safety;

/// <summary>A deployment's safety settings: who to call (see <see cref="SafetyResources"/>) and whether the supervisor is told.</summary>
public sealed record SafetyOptions
{
    public SafetyResources Resources { get; init; } = SafetyResources.Default;

    /// <summary>Tell the practitioner's supervisor at once when imminent risk is reported (default on).</summary>
    public bool NotifySupervisor { get; init; } = true;

    /// <summary>Outside a debrief, one notice per conversation within this time (a long crisis chat is one event).</summary>
    public TimeSpan NoticeInterval { get; init; } = TimeSpan.FromMinutes(30);
}
