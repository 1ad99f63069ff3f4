namespace AllianceBot.Dialogs.Safety;

/// <summary>Kept in conversation state: when the supervisor was last told of a crisis outside a debrief.</summary>
public sealed class SafetyMemory
{
    public DateTimeOffset? LastNoticeAt { get; set; }
}
