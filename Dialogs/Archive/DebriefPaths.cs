using System.Globalization;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// debriefs/{practitioner}/{yyyy}/{MM}/{dd}/{id}.json|.md, and debriefs/{practitioner}/index/{id}
/// (the id's date, so a lookup by id costs one read, not a search); and latest-debriefs/{practitioner}/{client}
/// (<see cref="LatestDebriefPointers"/>).
/// </summary>
internal static class DebriefPaths
{
    public static string Practitioner(string practitionerId) => $"debriefs/{StorageKey.Segment(practitionerId)}/";

    public static string Index(string practitionerId) => Practitioner(practitionerId) + "index/";

    /// <summary>Outside debriefs/: the pointers may live in another store, and are not debriefs.</summary>
    public static string Latest(string practitionerId) => $"latest-debriefs/{StorageKey.Segment(practitionerId)}/";

    public static string IndexKey(string practitionerId, string debriefId) => Index(practitionerId) + StorageKey.Segment(debriefId);

    /// <summary>Outside debriefs/, so no listing of debriefs ever mistakes one for a record.</summary>
    public static string Tombstones(string practitionerId) => $"tombstones/{StorageKey.Segment(practitionerId)}/";

    public static string TombstoneKey(string practitionerId, string debriefId) => Tombstones(practitionerId) + StorageKey.Segment(debriefId) + ".json";

    public static string Month(string practitionerId, int year, int month)
        => Practitioner(practitionerId) + string.Create(CultureInfo.InvariantCulture, $"{year:D4}/{month:D2}/");

    public static string Day(string practitionerId, DateOnly date)
        => Month(practitionerId, date.Year, date.Month) + date.Day.ToString("D2", CultureInfo.InvariantCulture) + "/";

    public static string JsonKey(string practitionerId, DateOnly date, string debriefId)
        => Day(practitionerId, date) + StorageKey.Segment(debriefId) + ".json";

    public static string MarkdownKey(string practitionerId, DateOnly date, string debriefId)
        => Day(practitionerId, date) + StorageKey.Segment(debriefId) + ".md";

    /// <summary>
    /// Whole months inside the period as one month prefix, the ragged ends day by day: the number
    /// of listings grows with the period, and nothing outside it is listed.
    /// </summary>
    public static IEnumerable<string> Period(string practitionerId, DateOnly from, DateOnly to)
    {
        var day = from;
        while (day <= to)
        {
            var monthEnd = new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
            if (day.Day == 1 && monthEnd <= to)
            {
                yield return Month(practitionerId, day.Year, day.Month);
                if (monthEnd == DateOnly.MaxValue)
                {
                    yield break;
                }
                day = monthEnd.AddDays(1);
            }
            else
            {
                yield return Day(practitionerId, day);
                if (day == DateOnly.MaxValue)
                {
                    yield break;
                }
                day = day.AddDays(1);
            }
        }
    }
}
