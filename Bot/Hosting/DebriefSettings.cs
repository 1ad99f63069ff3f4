using System.ComponentModel.DataAnnotations;
using AllianceBot.Dialogs.Debrief;

namespace AllianceBot.Bot.Hosting;

/// <summary>The `Debrief` configuration section.</summary>
public sealed class DebriefSettings
{
    public const string Section = "Debrief";

    /// <summary>How long after confirming a practitioner may delete their own debrief.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan DeleteWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A debrief untouched for this long is offered as "continue or discard".</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ResumeAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An unfinished debrief untouched for this long is deleted from storage.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan DraftTtl { get; set; } = TimeSpan.FromDays(7);

    public DebriefOptions ToOptions() => new() { DeleteWindow = DeleteWindow, ResumeAfter = ResumeAfter, DraftTtl = DraftTtl };
}
