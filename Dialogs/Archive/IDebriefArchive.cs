namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// Confirmed debriefs, created once and never overwritten. Every lookup is scoped by practitioner:
/// an id alone never reaches another practitioner's record.
/// </summary>
public interface IDebriefArchive
{
    /// <summary>Stores the debrief; a retry with the same id returns the existing receipt and changes nothing.</summary>
    Task<DebriefReceipt> SaveAsync(ArchivedDebrief debrief, CancellationToken cancellationToken = default);

    /// <summary>Null when this practitioner has no such debrief (or the id is malformed).</summary>
    Task<ArchivedDebrief?> GetAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The record (JSON) of a debrief this practitioner's listing returned, read where its entry says
    /// it lives: one read, where <see cref="GetAsync"/> takes three. Null when it is gone or incomplete.
    /// </summary>
    Task<string?> GetJsonAsync(string practitionerId, ArchivedDebriefEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// The record (JSON) of this practitioner's latest debrief (by date, then by when it was saved) with
    /// this client code (compared without case), or null. Two reads, however many debriefs they have.
    /// </summary>
    Task<string?> GetLatestJsonAsync(string practitionerId, string clientCode, CancellationToken cancellationToken = default);

    /// <summary>The practitioner's latest debriefs, newest first.</summary>
    Task<IReadOnlyList<ArchivedDebriefEntry>> ListRecentAsync(string practitionerId, int count, CancellationToken cancellationToken = default);

    /// <summary>The practitioner's debriefs dated from <paramref name="from"/> to <paramref name="to"/> inclusive, oldest first.</summary>
    Task<IReadOnlyList<ArchivedDebriefEntry>> ListPeriodAsync(string practitionerId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>False when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default);

    /// <summary>Keeps the tombstone of a removed debrief (create-only: a retry keeps the first one).</summary>
    /// <returns>True when this call wrote it; false when it was there already (an earlier attempt wrote it).</returns>
    Task<bool> SaveTombstoneAsync(DebriefTombstone tombstone, CancellationToken cancellationToken = default);

    /// <summary>Null when this practitioner has no tombstone for that id.</summary>
    Task<DebriefTombstone?> GetTombstoneAsync(string practitionerId, string debriefId, CancellationToken cancellationToken = default);

    /// <summary>The practitioner's tombstones, newest first (one listing).</summary>
    Task<IReadOnlyList<DebriefTombstone>> ListTombstonesAsync(string practitionerId, CancellationToken cancellationToken = default);
}
