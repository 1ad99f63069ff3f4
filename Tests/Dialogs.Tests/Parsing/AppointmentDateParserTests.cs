using AllianceBot.Dialogs.Debrief;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Parsing;

public sealed class AppointmentDateParserTests
{
    // Sunday 22 November 2026.
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("today", "2026-11-22")]
    [InlineData("", "2026-11-22")]
    [InlineData("Yesterday", "2026-11-21")]
    [InlineData("Tuesday", "2026-11-17")]
    [InlineData("last tue", "2026-11-17")]
    [InlineData("on Saturday", "2026-11-21")]
    [InlineData("sunday", "2026-11-22")]
    [InlineData("2026-11-20", "2026-11-20")]
    [InlineData("20/11", "2026-11-20")]
    [InlineData("11/20", "2026-11-20")]
    [InlineData("5/5", "2026-05-05")]
    [InlineData("20 Nov", "2026-11-20")]
    [InlineData("November 20", "2026-11-20")]
    [InlineData("28/12", "2025-12-28")]
    public void Parse_KnownForms_GiveTheDate(string text, string expected)
    {
        var parsed = AppointmentDateParser.Parse(text, Today);

        Assert.True(parsed.Ok, parsed.Retry);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Fact]
    public void Parse_DayMonthReadableBothWays_AsksWhichOne()
    {
        var parsed = AppointmentDateParser.Parse("3/4", Today);

        Assert.Equal(DebriefCopy.DateAmbiguous(new DateOnly(2026, 4, 3), new DateOnly(2026, 3, 4)), parsed.Retry);
    }

    [Theory]
    [InlineData("2026-12-01", DebriefCopy.DateInFuture)]
    [InlineData("2024-01-01", DebriefCopy.DateTooOld)]
    [InlineData("sometime", DebriefCopy.DateInvalid)]
    [InlineData("31/02", DebriefCopy.DateInvalid)]
    public void Parse_BadDates_GiveTheRightRetry(string text, string retry)
        => Assert.Equal(retry, AppointmentDateParser.Parse(text, Today).Retry);

    [Fact]
    public void Today_LocalOffsetPastMidnight_IsTheNextDay()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 23), AppointmentDateParser.Today(clock, TimeSpan.FromHours(2)));
        Assert.Equal(new DateOnly(2026, 11, 22), AppointmentDateParser.Today(clock, null));
    }
}
