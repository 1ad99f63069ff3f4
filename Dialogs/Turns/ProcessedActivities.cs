namespace AllianceBot.Dialogs.Turns;

/// <summary>
/// The last activity ids a conversation processed, kept inside its conversation state document so
/// that a redelivery is caught by another instance or after a restart, and written in the same
/// ETag-guarded save as the answer it produced.
/// </summary>
public sealed class ProcessedActivities
{
    public const string PropertyName = "_processedActivities";
    private const int Keep = 32;

    public List<string> Ids { get; set; } = [];

    public bool Contains(string id) => Ids.Contains(id, StringComparer.Ordinal);

    public void Add(string id)
    {
        if (Contains(id))
        {
            return;
        }
        Ids.Add(id);
        if (Ids.Count > Keep)
        {
            Ids.RemoveRange(0, Ids.Count - Keep);
        }
    }
}
