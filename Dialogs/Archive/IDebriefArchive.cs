namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// Provisional copy of the storage branch's contract (same shape), replaced by theirs on merge.
/// </summary>
public interface IDebriefArchive
{
    Task<DebriefReceipt> SaveAsync(ArchivedDebrief debrief, CancellationToken cancellationToken = default);

    Task<ArchivedDebrief?> GetAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArchivedDebriefEntry>> ListRecentAsync(string practitionerId, int count, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArchivedDebriefEntry>> ListPeriodAsync(string practitionerId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default);
}
