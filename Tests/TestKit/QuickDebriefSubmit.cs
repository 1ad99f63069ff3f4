using AllianceBot.Dialogs.Debrief;

namespace AllianceBot.TestKit;

/// <summary>A complete, valid quick-debrief card submission (a first session, no boundary signs ticked).</summary>
public static class QuickDebriefSubmit
{
    public static Dictionary<string, string> Complete(string clientCode = "C-300", string date = "2026-11-21") => new()
    {
        [DebriefFields.QuickAction] = "submit",
        [DebriefFields.ClientCode] = clientCode,
        [DebriefFields.Date] = date,
        [DebriefFields.Kind] = "First",
        [DebriefFields.Setting] = "Video",
        [DebriefFields.Narrative] = "We talked about roles and what she wants from the service.",
        [DebriefFields.Goals] = "4",
        [DebriefFields.Tasks] = "3",
        [DebriefFields.Bond] = "5",
        [DebriefFields.Standard] = "P4,P5,P8",
        [DebriefFields.Signs] = "",
        [DebriefFields.Reflection] = "I rushed the ending.",
        [DebriefFields.NextSteps] = "Send the intake summary.",
        [DebriefFields.Supervision] = "How to keep endings calm.",
    };
}
