namespace AllianceBot.Dialogs.Archive;

/// <summary>A confirmed debrief's place in the archive, as parsed from a reference.</summary>
public readonly record struct DebriefPath(string PractitionerId, DateOnly Date, string DebriefId)
{
    public string JsonKey => DebriefPaths.JsonKey(PractitionerId, Date, DebriefId);
}
