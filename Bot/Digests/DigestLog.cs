namespace AllianceBot.Bot.Digests;

/// <summary>Digest delivery log messages (event ids 1500-1599). Ids and reasons only, never digest content.</summary>
internal static partial class DigestLog
{
    [LoggerMessage(1500, LogLevel.Information, "Digest {PeriodKey} sent to supervisor {SupervisorId} (attempt {Attempt}).")]
    public static partial void DigestSent(this ILogger logger, string periodKey, string supervisorId, int attempt);

    [LoggerMessage(1501, LogLevel.Warning, "Digest {PeriodKey} for supervisor {SupervisorId} not delivered ({Reason}); retried at the next tick.")]
    public static partial void DigestNotDelivered(this ILogger logger, string periodKey, string supervisorId, string reason);

    [LoggerMessage(1502, LogLevel.Warning, "Digest run skipped: the store is unavailable ({ExceptionType}); retried at the next tick.")]
    public static partial void DigestStoreUnavailable(this ILogger logger, string exceptionType);

    [LoggerMessage(1503, LogLevel.Warning, "Digest {PeriodKey} was sent to supervisor {SupervisorId} but could not be marked sent yet; marking again at the next tick.")]
    public static partial void DigestMarkPending(this ILogger logger, string periodKey, string supervisorId);

    [LoggerMessage(1504, LogLevel.Error, "Digest run failed ({ExceptionType}).")]
    public static partial void DigestRunFailed(this ILogger logger, string exceptionType);

    [LoggerMessage(1506, LogLevel.Information, "{Count} alert reminder(s) sent to supervisors.")]
    public static partial void RemindersSent(this ILogger logger, int count);

    [LoggerMessage(1507, LogLevel.Error, "Alert reminder run failed ({ExceptionType}); retried at the next tick.")]
    public static partial void ReminderRunFailed(this ILogger logger, string exceptionType);

    [LoggerMessage(1505, LogLevel.Information, "Digest scheduler started: {Period} digests, {DayOfWeek} {TimeOfDay} in each supervisor's time zone (fallback {TimeZone}).")]
    public static partial void SchedulerStarted(this ILogger logger, string period, string dayOfWeek, string timeOfDay, string timeZone);
}
