using AllianceBot.Dialogs.Debrief;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// What the practitioner's supervisor hears at once rather than in the digest: a boundary violation, a
/// report of imminent risk, a draft that disclosed one and was discarded or expired, or a deletion
/// request of a record that must stay. A notifier that cannot reach anyone (no roster, no supervisor,
/// not deliverable) answers false, and the caller says so.
/// </summary>
public interface ISupervisorNotifier
{
    /// <summary>A confirmed debrief records a boundary violation.</summary>
    Task NotifyViolationAsync(DebriefRecord record, CancellationToken cancellationToken);

    /// <summary>A practitioner reported imminent risk (in a debrief or in a chat); never what they wrote.</summary>
    /// <returns>True when a supervisor on the roster was told.</returns>
    Task<bool> NotifyCrisisAsync(CrisisNotice notice, CancellationToken cancellationToken);

    /// <summary>A draft in which a violation was disclosed, or imminent risk reported, was discarded: what, and when, still reaches the supervisor.</summary>
    Task<bool> NotifyDiscardedAsync(DiscardedDebrief discarded, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Such a draft was left unfinished until it expired (<c>Debrief:DraftTtl</c>): the same, in words that say nobody discarded it.</summary>
    Task<bool> NotifyExpiredAsync(DiscardedDebrief expired, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>The practitioner asks to delete a record that must stay: the supervisor decides (approve or keep).</summary>
    Task<bool> RequestDeletionAsync(DebriefRecord record, CancellationToken cancellationToken) => Task.FromResult(false);
}

/// <summary>
/// A draft gone unconfirmed after the practitioner was told it records a serious concern: discarded, or
/// (to <see cref="ISupervisorNotifier.NotifyExpiredAsync"/>) expired, <paramref name="DiscardedAt"/> then being when it was removed.
/// </summary>
/// <param name="CrisisReportedAt">When imminent risk was reported in the draft; null when it was not.</param>
public sealed record DiscardedDebrief(
    string DebriefId,
    PersonRecord Practitioner,
    string? ClientCode,
    DateOnly? Date,
    IReadOnlyList<DisclosedFinding> Disclosed,
    DateTimeOffset DiscardedAt,
    DateTimeOffset? CrisisReportedAt = null)
{
    public static DiscardedDebrief Of(DebriefDraft draft, PersonRecord owner, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new(draft.DebriefId, owner, draft.ClientCode, draft.Date, draft.Disclosed ?? [], at, draft.CrisisReportedAt);
    }
}

/// <summary>The default until delivery is wired: the violation is still in the saved record.</summary>
public sealed class NoSupervisorNotifier : ISupervisorNotifier
{
    public Task NotifyViolationAsync(DebriefRecord record, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> NotifyCrisisAsync(CrisisNotice notice, CancellationToken cancellationToken) => Task.FromResult(false);
}
