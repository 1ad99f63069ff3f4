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
    Reflection1,
    Reflection2,
    NextSteps,
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
        DebriefPart.Reflection1 or DebriefPart.Reflection2 => DebriefStage.Reflection,
        _ => DebriefStage.NextSteps,
    };

    /// <summary>Parts a practitioner may skip; the basics and the narrative make the record.</summary>
    public static bool IsOptional(this DebriefPart part) => part >= DebriefPart.Goals;

    public static IEnumerable<DebriefPart> In(DebriefStage stage) => Enum.GetValues<DebriefPart>().Where(p => p.Stage() == stage);
}
