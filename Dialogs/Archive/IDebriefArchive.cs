namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// Confirmed debriefs, create-only. Provisional copy of the storage branch's contract (same shape);
/// replaced by theirs on merge.
/// </summary>
public interface IDebriefArchive
{
    /// <summary>Idempotent by debrief id: saving the same id twice keeps one document.</summary>
    Task SaveAsync(ArchivedDebrief debrief, CancellationToken cancellationToken = default);

    Task<ArchivedDebrief?> GetAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArchivedDebrief>> ListRecentAsync(string practitionerId, int count, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default);
}

public sealed record ArchivedDebrief(string DebriefId, string PractitionerId, DateOnly Date, string Json, string Markdown,
    IReadOnlyDictionary<string, string> Tags);
