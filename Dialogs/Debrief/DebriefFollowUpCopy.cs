namespace AllianceBot.Dialogs.Debrief;

/// <summary>What the bot says when a model's second look at a confirmed debrief finds something new.</summary>
public static class DebriefFollowUpCopy
{
    public static string Heading(string debriefId) => $"A second look at your debrief {debriefId} found a little more to think about:";
    public static string Finding(string code, string severity, string evidence) => $"- {code} ({severity}): \"{evidence}\"";
    public static string Prompt(string code, string text) => $"- {code}: {text}";
    public const string FindingsTitle = "Possible warning signs:";
    public const string PromptsTitle = "Questions for supervision:";
    public const string Footer = "Your saved debrief is unchanged; this note is kept beside it for your supervisor.";
}
