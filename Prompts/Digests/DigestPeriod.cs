using System.Globalization;

namespace AllianceBot.Prompts.Digests;

public enum DigestPeriodKind
{
    Day,
    Week,
}

/// <summary>
/// The dates a digest covers, both ends inclusive. A week is the seven dates ending on the delivery
/// day, so consecutive weekly digests neither overlap nor leave a gap.
/// </summary>
public sealed record DigestPeriod(DigestPeriodKind Kind, DateOnly Start, DateOnly End)
{
    public static DigestPeriod Day(DateOnly date) => new(DigestPeriodKind.Day, date, date);

    public static DigestPeriod WeekEnding(DateOnly last) => new(DigestPeriodKind.Week, last.AddDays(-6), last);

    public static DigestPeriod Ending(DigestPeriodKind kind, DateOnly last)
        => kind == DigestPeriodKind.Day ? Day(last) : WeekEnding(last);

    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Used in storage keys: only digits, letters and '-', never user input.</summary>
    public string Key => Kind == DigestPeriodKind.Day
        ? "day-" + Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : "week-ending-" + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public DigestPeriod Previous() => Ending(Kind, Start.AddDays(-1));

    /// <summary>The period a <see cref="Key"/> names; false for anything else.</summary>
    public static bool TryParseKey(string? key, out DigestPeriod period)
    {
        period = Day(DateOnly.MinValue);
        foreach (var (prefix, kind) in new[] { ("week-ending-", DigestPeriodKind.Week), ("day-", DigestPeriodKind.Day) })
        {
            if (key is not null && key.StartsWith(prefix, StringComparison.Ordinal)
                && DateOnly.TryParseExact(key[prefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && date > DateOnly.MinValue.AddDays(7))
            {
                period = Ending(kind, date);
                return true;
            }
        }
        return false;
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public IEnumerable<DateOnly> Dates()
    {
        for (var d = Start; d <= End; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
