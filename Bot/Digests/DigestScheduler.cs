using AllianceBot.Dialogs.Supervision;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// Runs <see cref="DigestRunner"/> and the alert reminders (<see cref="AlertReminders"/>) at start and then
/// every tick (a minute by default) on the injected clock.
/// </summary>
public sealed class DigestScheduler(DigestRunner runner, AlertReminders reminders, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        logger.SchedulerStarted(o.Period.ToString(), o.DayOfWeek.ToString(), o.TimeOfDay.ToString(@"hh\:mm"), o.TimeZone);
        using var timer = new PeriodicTimer(o.Tick, time);
        do
        {
            try
            {
                await runner.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad tick must not stop digests for good.
                logger.DigestRunFailed(ex.GetType().Name);
            }
            try
            {
                if (await reminders.RunOnceAsync(stoppingToken).ConfigureAwait(false) is var sent and > 0)
                {
                    logger.RemindersSent(sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.ReminderRunFailed(ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
