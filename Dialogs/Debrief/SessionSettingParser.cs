namespace AllianceBot.Dialogs.Debrief;

public static class SessionSettingParser
{
    private static readonly Dictionary<string, SessionSetting> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["in person"] = SessionSetting.InPerson, ["in-person"] = SessionSetting.InPerson, ["inperson"] = SessionSetting.InPerson,
        ["1"] = SessionSetting.InPerson, ["face to face"] = SessionSetting.InPerson, ["face-to-face"] = SessionSetting.InPerson,
        ["office"] = SessionSetting.InPerson, ["person"] = SessionSetting.InPerson,
        ["video"] = SessionSetting.Video, ["2"] = SessionSetting.Video, ["online"] = SessionSetting.Video, ["teams"] = SessionSetting.Video,
        ["zoom"] = SessionSetting.Video, ["video call"] = SessionSetting.Video,
        ["phone"] = SessionSetting.Phone, ["3"] = SessionSetting.Phone, ["telephone"] = SessionSetting.Phone, ["call"] = SessionSetting.Phone,
        ["phone call"] = SessionSetting.Phone, ["by phone"] = SessionSetting.Phone, ["by video"] = SessionSetting.Video,
    };

    public static Parsed<SessionSetting> Parse(string? text)
        => Words.TryGetValue((text ?? string.Empty).Trim().TrimEnd('.', '!'), out var setting)
            ? Parsed<SessionSetting>.Success(setting)
            : Parsed<SessionSetting>.Fail(DebriefCopy.SettingInvalid);
}
