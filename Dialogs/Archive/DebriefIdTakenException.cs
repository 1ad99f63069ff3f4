namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// Another debrief of the same practitioner already holds this id (two drafts drew the same random
/// suffix on the same day). Nothing was written; the caller draws a new id and saves again.
/// </summary>
public sealed class DebriefIdTakenException(string debriefId)
    : Exception($"The debrief id '{debriefId}' already belongs to another debrief.")
{
    public string DebriefId { get; } = debriefId;
}
