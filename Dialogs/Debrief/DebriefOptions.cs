namespace AllianceBot.Dialogs.Debrief;

public sealed record DebriefOptions
{
    /// <summary>A debrief untouched for this long is "unfinished": the next message asks continue or discard.</summary>
    public TimeSpan ResumeAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long after confirming a practitioner may still delete their own debrief.</summary>
    public TimeSpan DeleteWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>An unfinished debrief untouched for this long is deleted (its answers must not rest in storage for ever).</summary>
    public TimeSpan DraftTtl { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How many debriefs "my debriefs" lists.</summary>
    public int RecentCount { get; init; } = 10;
}
