using System.Collections.Concurrent;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Digests;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// One scheduler tick: every supervisor whose digest is due gets it, once. The ledger's claim is
/// written before sending, so a second instance or a restart cannot send it again; anything that
/// fails (store down, connector down) leaves the digest due, and the next tick tries again.
/// </summary>
public sealed class DigestRunner(
    RosterStore rosters,
    DigestService digests,
    BotStores stores,
    IProactiveMessenger messenger,
    DigestLinks links,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestRunner> logger)
{
    private readonly DigestSendLedger _ledger = new(stores.Archive, time, options.Value.Lease, $"{Environment.MachineName}/{Guid.NewGuid():N}");

    // Sent but not yet marked (the store failed right after the send): only marked, never sent again.
    private readonly ConcurrentDictionary<string, DigestClaim> _sentUnmarked = new(StringComparer.Ordinal);

    public string Owner => _ledger.Owner;

    /// <returns>How many digests this tick delivered.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        Roster roster;
        try
        {
            roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            logger.DigestStoreUnavailable(ex.GetType().Name);
            return 0;
        }
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var supervisor in roster.Supervisors)
        {
            if (DigestSchedule.Due(now, DigestSchedule.ZoneFor(supervisor, options.Value), options.Value) is not { } due)
            {
                continue;
            }
            try
            {
                sent += await DeliverAsync(supervisor, due.Period, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
            catch (StorageUnavailableException ex)
            {
                logger.DigestStoreUnavailable(ex.GetType().Name);
            }
        }
        return sent;
    }

    private async Task<bool> DeliverAsync(RosterSupervisor supervisor, DigestPeriod period, CancellationToken cancellationToken)
    {
        var key = DigestSendLedger.Key(supervisor.Id, period);
        if (_sentUnmarked.TryGetValue(key, out var unmarked))
        {
            await MarkSentAsync(key, unmarked, supervisor, period, cancellationToken).ConfigureAwait(false);
            return false;
        }
        if (await _ledger.TryClaimAsync(supervisor.Id, period, cancellationToken).ConfigureAwait(false) is not { } claim)
        {
            return false;
        }
        Digest digest;
        try
        {
            digest = await digests.ComposeAsync(supervisor.Id, period, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The supervisor left the roster during the run.");
            await digests.SaveAsync(digest, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await ReleaseAsync(claim, ex.GetType().Name, cancellationToken).ConfigureAwait(false);
            logger.DigestNotDelivered(period.Key, supervisor.Id, ex.GetType().Name);
            return false;
        }
        if (!await messenger.SendToUserAsync(supervisor.Id, [DigestActivity.Create(digest, links.Create(supervisor.Id, period))], cancellationToken).ConfigureAwait(false))
        {
            await ReleaseAsync(claim, "unreachable", cancellationToken).ConfigureAwait(false);
            logger.DigestNotDelivered(period.Key, supervisor.Id, "unreachable");
            return false;
        }
        _sentUnmarked[key] = claim;
        await MarkSentAsync(key, claim, supervisor, period, cancellationToken).ConfigureAwait(false);
        logger.DigestSent(period.Key, supervisor.Id, claim.Marker.Attempts);
        return true;
    }

    private async Task MarkSentAsync(string key, DigestClaim claim, RosterSupervisor supervisor, DigestPeriod period, CancellationToken cancellationToken)
    {
        try
        {
            // False means another instance took the claim over after our lease ran out; nothing more we can do.
            await _ledger.MarkSentAsync(claim, cancellationToken).ConfigureAwait(false);
            _sentUnmarked.TryRemove(key, out _);
        }
        catch (StorageUnavailableException)
        {
            logger.DigestMarkPending(period.Key, supervisor.Id);
        }
    }

    private async Task ReleaseAsync(DigestClaim claim, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await _ledger.ReleaseAsync(claim, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException)
        {
            // The claim stays ours: this instance takes it again at the next tick, others after the lease.
        }
    }
}
