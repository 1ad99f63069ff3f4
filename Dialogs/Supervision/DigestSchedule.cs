using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>When digests are due, in each supervisor's own time zone. Pure: the clock is an argument.</summary>
public static class DigestSchedule
{
    public static TimeZoneInfo ZoneFor(RosterSupervisor supervisor, DigestOptions options)
        => Find(supervisor.TimeZone) ?? Find(options.TimeZone) ?? TimeZoneInfo.Utc;

    /// <summary>The period whose delivery time has passed (within the catch-up window), or null.</summary>
    public static (DigestPeriod Period, DateTimeOffset DueAt)? Due(DateTimeOffset now, TimeZoneInfo zone, DigestOptions options)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var lookBack = options.Period == DigestPeriodKind.Day ? 1 : 7;
        for (var back = 0; back <= lookBack; back++)
        {
            var date = today.AddDays(-back);
            if (options.Period == DigestPeriodKind.Week && date.DayOfWeek != options.DayOfWeek)
            {
                continue;
            }
            var dueAt = ToUtc(date, options.TimeOfDay, zone);
            if (dueAt <= now)
            {
                return now - dueAt <= options.CatchUp ? (DigestPeriod.Ending(options.Period, date), dueAt) : null;
            }
        }
        return null;
    }

    /// <summary>The period that today belongs to (still open): what "digest" shows.</summary>
    public static DigestPeriod Current(DateTimeOffset now, TimeZoneInfo zone, DigestOptions options)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (options.Period == DigestPeriodKind.Day)
        {
            return DigestPeriod.Day(today);
        }
        var ahead = ((int)options.DayOfWeek - (int)today.DayOfWeek + 7) % 7;
        return DigestPeriod.WeekEnding(today.AddDays(ahead));
    }

    /// <summary>What "digest last week" shows: the last full week before the current period.</summary>
    public static DigestPeriod LastWeek(DateTimeOffset now, TimeZoneInfo zone, DigestOptions options)
    {
        var current = Current(now, zone, options);
        return DigestPeriod.WeekEnding(current.Start.AddDays(-1));
    }

    /// <summary>A local wall-clock time as UTC; a time skipped by a DST change is taken an hour later.</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeSpan timeOfDay, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).Add(timeOfDay);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
    }

    private static TimeZoneInfo? Find(string? id)
        => !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
