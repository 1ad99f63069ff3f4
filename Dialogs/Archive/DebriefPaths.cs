using System.Globalization;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// debriefs/{practitioner}/{yyyy}/{MM}/{dd}/{id}.json|.md, and debriefs/{practitioner}/index/{id}
/// (the id's date, so a lookup by id costs one read, not a search).
/// </summary>
internal static class DebriefPaths
{
    public static string Practitioner(string practitionerId) => $"debriefs/{StorageKey.Segment(practitionerId)}/";

    public static string Index(string practitionerId) => Practitioner(practitionerId) + "index/";

    public static string IndexKey(string practitionerId, string debriefId) => Index(practitionerId) + StorageKey.Segment(debriefId);

    public static string Month(string practitionerId, int year, int month)
        => Practitioner(practitionerId) + string.Create(CultureInfo.InvariantCulture, $"{year:D4}/{month:D2}/");

    public static string Day(string practitionerId, DateOnly date)
        => Month(practitionerId, date.Year, date.Month) + date.Day.ToString("D2", CultureInfo.InvariantCulture) + "/";

    public static string JsonKey(string practitionerId, DateOnly date, string debriefId)
        => Day(practitionerId, date) + StorageKey.Segment(debriefId) + ".json";

    public static string MarkdownKey(string practitionerId, DateOnly date, string debriefId)
        => Day(practitionerId, date) + StorageKey.Segment(debriefId) + ".md";
}
