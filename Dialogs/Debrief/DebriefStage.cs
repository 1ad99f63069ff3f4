namespace AllianceBot.Dialogs.Debrief;

/// <summary>The nine parts of a debrief, in order; status says "step 3 of 9: ratings".</summary>
public enum DebriefStage
{
    Basics = 1,
    Narrative,
    Ratings,
    Standard,
    Boundaries,
    Reflection,
    NextSteps,
    Feedback,
    Summary,
}
