namespace AllianceBot.Dialogs.Debrief;

/// <summary>Input ids on the debrief cards, shared by the card builders and the answer reader.</summary>
public static class DebriefFields
{
    public const string ClientCode = "clientCode";
    public const string Date = "date";
    public const string Kind = "kind";
    public const string Setting = "setting";
    public const string Narrative = "narrative";
    public const string Goals = "goals";
    public const string Tasks = "tasks";
    public const string Bond = "bond";
    public const string Standard = "standard";
    public const string Signs = "signs";
    public const string Reflection = "reflection";
    public const string NextSteps = "nextSteps";
    public const string Supervision = "supervision";

    /// <summary>Set in the Action.Submit data of the quick card, to tell its submission from any other.</summary>
    public const string QuickAction = "quickDebrief";
}
