using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Tests.Supervision;

public sealed class DigestScheduleTests
{
    private static readonly DigestOptions Weekly = new();
    private static readonly TimeZoneInfo Vancouver = TimeZoneInfo.FindSystemTimeZoneById("America/Vancouver");

    [Fact]
    public void Due_BeforeFriday1600Local_IsNotDue()
    {
        // Friday 20 Nov 2026, 15:59 in Vancouver (UTC-8) is 23:59 UTC.
        var now = new DateTimeOffset(2026, 11, 20, 23, 59, 0, TimeSpan.Zero);

        Assert.Null(DigestSchedule.Due(now, Vancouver, Weekly));
    }

    [Fact]
    public void Due_AtFriday1600Local_IsTheWeekEndingThatFriday()
    {
        var now = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);

        var due = DigestSchedule.Due(now, Vancouver, Weekly)!.Value;

        Assert.Equal(DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20)), due.Period);
        Assert.Equal(now, due.DueAt);
    }

    [Fact]
    public void Due_SameInstantOtherZone_DependsOnLocalTime()
    {
        var now = new DateTimeOffset(2026, 11, 20, 16, 30, 0, TimeSpan.Zero);

        Assert.NotNull(DigestSchedule.Due(now, TimeZoneInfo.Utc, Weekly));
        Assert.Null(DigestSchedule.Due(now, Vancouver, Weekly));
    }

    [Fact]
    public void Due_PastCatchUpWindow_IsNotSentLate()
    {
        var now = new DateTimeOffset(2026, 11, 22, 16, 1, 0, TimeSpan.Zero);

        Assert.Null(DigestSchedule.Due(now, TimeZoneInfo.Utc, Weekly));
    }

    [Fact]
    public void Due_DailyPeriod_IsThatDay()
    {
        var now = new DateTimeOffset(2026, 11, 18, 17, 0, 0, TimeSpan.Zero);

        var due = DigestSchedule.Due(now, TimeZoneInfo.Utc, Weekly with { Period = DigestPeriodKind.Day })!.Value;

        Assert.Equal(DigestPeriod.Day(new DateOnly(2026, 11, 18)), due.Period);
    }

    [Fact]
    public void ToUtc_TimeSkippedByDst_MovesAnHourLater()
    {
        // 8 March 2026, 02:30 does not exist in Vancouver (clocks go 02:00 -> 03:00 PDT, UTC-7).
        var utc = DigestSchedule.ToUtc(new DateOnly(2026, 3, 8), new TimeSpan(2, 30, 0), Vancouver);

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 10, 30, 0, TimeSpan.Zero), utc);
    }

    [Fact]
    public void Current_MidWeek_IsTheWeekEndingNextFriday_AndLastWeekTheOneBefore()
    {
        var wednesday = new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20)), DigestSchedule.Current(wednesday, TimeZoneInfo.Utc, Weekly));
        Assert.Equal(DigestPeriod.WeekEnding(new DateOnly(2026, 11, 13)), DigestSchedule.LastWeek(wednesday, TimeZoneInfo.Utc, Weekly));
    }

    [Fact]
    public void ZoneFor_NoZoneOnRoster_UsesConfiguredFallback()
    {
        var supervisor = new RosterSupervisor("x", "X", null, []);

        Assert.Equal("Europe/London", DigestSchedule.ZoneFor(supervisor, Weekly with { TimeZone = "Europe/London" }).Id);
    }
}
