namespace AllianceBot.Dialogs.Debrief;

public enum SessionSetting
{
    InPerson,
    Video,
    Phone,
}
