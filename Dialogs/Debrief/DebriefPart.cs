namespace AllianceBot.Dialogs.Debrief;

/// <summary>One answer in a debrief: what "back" clears, what "skip" passes over, what Edit asks again.</summary>
public enum DebriefPart
{
    ClientCode,
    Date,
    Kind,
    Setting,
    Narrative,
    Goals,
    Tasks,
    Bond,
    Standard,
    Boundaries,
    /// <summary>No longer asked on its own (the reflection question now leads the supervision question); kept for drafts saved before.</summary>
    Reflection1,
    /// <summary>No longer asked; kept for drafts saved before.</summary>
    Reflection2,
    NextSteps,
    /// <summary>"What I want to bring to supervision": the last, optional question.</summary>
    Supervision,
}

public static class DebriefParts
{
    public static DebriefStage Stage(this DebriefPart part) => part switch
    {
        DebriefPart.ClientCode or DebriefPart.Date or DebriefPart.Kind or DebriefPart.Setting => DebriefStage.Basics,
        DebriefPart.Narrative => DebriefStage.Narrative,
        DebriefPart.Goals or DebriefPart.Tasks or DebriefPart.Bond => DebriefStage.Ratings,
        DebriefPart.Standard => DebriefStage.Standard,
        DebriefPart.Boundaries => DebriefStage.Boundaries,
        DebriefPart.NextSteps => DebriefStage.NextSteps,
        _ => DebriefStage.Supervision,
    };

    /// <summary>Parts a practitioner may skip; the basics and the narrative make the record.</summary>
    public static bool IsOptional(this DebriefPart part) => part >= DebriefPart.Goals;

    public static IEnumerable<DebriefPart> In(DebriefStage stage) => Enum.GetValues<DebriefPart>().Where(p => p.Stage() == stage);
}
