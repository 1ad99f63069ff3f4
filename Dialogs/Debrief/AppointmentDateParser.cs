using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Reads the appointment date relative to the practitioner's today: "today", "yesterday", a weekday
/// (the most recent one, today included: a debrief usually follows the session), ISO dates, "22/11",
/// "22 Nov". A day/month pair that could be read both ways is asked about rather than guessed.
/// </summary>
public static partial class AppointmentDateParser
{
    private static readonly string[] Weekdays = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static Parsed<DateOnly> Parse(string? text, DateOnly today)
    {
        var value = Normalize(text);
        return value switch
        {
            "" or "today" or "now" or "this morning" or "this afternoon" or "tonight" or "this evening" => Checked(today, today),
            "yesterday" => Checked(today.AddDays(-1), today),
            _ => ParseWeekday(value, today) ?? ParseIso(value, today) ?? ParseNumeric(value, today) ?? ParseNamedMonth(value, today)
                 ?? Parsed<DateOnly>.Fail(DebriefCopy.DateInvalid),
        };
    }

    /// <summary>The practitioner's calendar day: the activity's local offset when the channel sends one, else UTC.</summary>
    public static DateOnly Today(TimeProvider time, TimeSpan? localOffset)
        => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(localOffset ?? TimeSpan.Zero).DateTime);

    private static string Normalize(string? text)
        => LeadingWords().Replace((text ?? string.Empty).Trim().TrimEnd('.', '!', '?').ToLowerInvariant(), string.Empty).Trim();

    private static Parsed<DateOnly>? ParseWeekday(string value, DateOnly today)
    {
        for (var i = 0; i < Weekdays.Length; i++)
        {
            var name = Weekdays[i].ToLowerInvariant();
            if (value == name || (value.Length >= 3 && name.StartsWith(value, StringComparison.Ordinal)))
            {
                var back = ((int)today.DayOfWeek - i + 7) % 7;
                return Checked(today.AddDays(-back), today);
            }
        }
        return null;
    }

    private static Parsed<DateOnly>? ParseIso(string value, DateOnly today)
        => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Checked(date, today)
            : null;

    private static Parsed<DateOnly>? ParseNumeric(string value, DateOnly today)
    {
        var match = DayMonth().Match(value);
        if (!match.Success)
        {
            return null;
        }
        var a = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["y"].Success ? FullYear(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture)) : null;
        var dayMonth = Build(year, b, a, today);
        var monthDay = Build(year, a, b, today);
        return (dayMonth, monthDay) switch
        {
            (null, null) => Parsed<DateOnly>.Fail(DebriefCopy.DateInvalid),
            ({ } d, null) => Checked(d, today),
            (null, { } m) => Checked(m, today),
            ({ } d, { } m) when d == m => Checked(d, today),
            ({ } d, { } m) => Parsed<DateOnly>.Fail(DebriefCopy.DateAmbiguous(d, m)),
        };
    }

    private static Parsed<DateOnly>? ParseNamedMonth(string value, DateOnly today)
    {
        var match = NamedMonth().Match(value);
        if (!match.Success)
        {
            return null;
        }
        var day = int.Parse(match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value, CultureInfo.InvariantCulture);
        var monthText = match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value;
        var month = Array.FindIndex(Months, m => m.Length > 0 && m.StartsWith(monthText, StringComparison.OrdinalIgnoreCase)) + 1;
        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        return month > 0 && monthText.Length >= 3 && Build(year, month, day, today) is { } date
            ? Checked(date, today)
            : Parsed<DateOnly>.Fail(DebriefCopy.DateInvalid);
    }

    /// <summary>A date without a year is the most recent one: 28/12 typed on 2 January means last December.</summary>
    private static DateOnly? Build(int? year, int month, int day, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        var y = year ?? today.Year;
        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }
        var date = new DateOnly(y, month, day);
        return year is null && date > today && day <= DateTime.DaysInMonth(y - 1, month) ? new DateOnly(y - 1, month, day) : date;
    }

    private static int FullYear(int year) => year < 100 ? 2000 + year : year;

    private static Parsed<DateOnly> Checked(DateOnly date, DateOnly today) => date switch
    {
        _ when date > today => Parsed<DateOnly>.Fail(DebriefCopy.DateInFuture),
        _ when date < today.AddYears(-1) => Parsed<DateOnly>.Fail(DebriefCopy.DateTooOld),
        _ => Parsed<DateOnly>.Success(date),
    };

    [GeneratedRegex(@"^(?:(?:on|last|this past|it was)\s+)+")]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"^(?<a>\d{1,2})[/.\-](?<b>\d{1,2})(?:[/.\-](?<y>\d{2}|\d{4}))?$")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^(?:(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?<m1>[a-z]+)|(?<m2>[a-z]+)\.?\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?<y>\d{4}))?$")]
    private static partial Regex NamedMonth();
}
