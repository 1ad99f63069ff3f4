using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Hosting;

/// <summary>
/// Runs <see cref="DraftExpiry"/> over the state store at start and then every hour. On the local
/// folder the journal is checkpointed after a deletion, so the old versions it held are gone too.
/// An expired draft that disclosed a violation or a crisis leaves a tombstone in the archive and a
/// notice to the supervisor (<see cref="ExpiredDraftReporter"/>).
/// </summary>
public sealed class DraftExpiryService(BotStores stores, IDebriefArchive archive, ISupervisorNotifier notifier, IOptions<DebriefSettings> settings,
    TimeProvider time, ILogger<DraftExpiryService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly ExpiredDraftReporter _reporter = new(archive, notifier, time);

    /// <summary>One sweep; returns how many drafts were deleted (failures are logged, never thrown).</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await DraftExpiry.SweepAsync(stores.State, _reporter, time.GetUtcNow(), settings.Value.DraftTtl, cancellationToken).ConfigureAwait(false);
            if (deleted > 0)
            {
                if (stores.State is JournaledFolderStorage journal)
                {
                    await journal.CheckpointAsync(cancellationToken).ConfigureAwait(false);
                }
                logger.ExpiredDraftsDeleted(deleted);
            }
            return deleted;
        }
        catch (StorageUnavailableException ex)
        {
            logger.DraftSweepFailed(ex.GetType().Name);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
