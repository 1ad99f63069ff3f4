using System.Globalization;
using System.Text.RegularExpressions;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// debriefs/{practitioner}/{yyyy}/{MM}/{dd}/{id}.json|.md, and debriefs/{practitioner}/index/{id}
/// (the id's date, so a lookup by id costs one read, not a search); and debriefs/{practitioner}/clients/{client}/
/// (<see cref="ClientDebriefMarkers"/>). Built with <see cref="StorageKey.Segment"/> and parsed strictly: a
/// reference typed by a user is accepted only when it is exactly a path of this shape, so '../other' or
/// another prefix never is.
/// </summary>
public static partial class DebriefPaths
{
    public const string Root = "debriefs/";

    public static string Practitioner(string practitionerId) => $"{Root}{StorageKey.Segment(practitionerId)}/";

    public static string Index(string practitionerId) => Practitioner(practitionerId) + "index/";

    /// <summary>Markers of each client's debriefs: documents without content, never listed as debriefs (no day folder, no index entry).</summary>
    public static string Clients(string practitionerId) => Practitioner(practitionerId) + "clients/";

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

    public static bool IsPlausibleId(string value) => IdPattern().IsMatch(value);

    /// <summary>
    /// A reference as typed (an id or an archive path) in the case the archive uses: the practitioner's
    /// GUID lower-case, the debrief id upper-case. Anything else is returned trimmed, to be refused later.
    /// </summary>
    public static string NormalizeReference(string? reference)
    {
        var value = (reference ?? string.Empty).Trim();
        if (!value.StartsWith(Root, StringComparison.OrdinalIgnoreCase))
        {
            return DebriefIds.Normalize(value);
        }
        var segments = value.Split('/');
        if (segments.Length != 6)
        {
            return value;
        }
        var name = segments[^1];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var (id, extension) = dot < 0 ? (name, string.Empty) : (name[..dot], name[dot..].ToLowerInvariant());
        return $"{Root}{segments[1].ToLowerInvariant()}/{segments[2]}/{segments[3]}/{segments[4]}/{DebriefIds.Normalize(id)}{extension}";
    }

    public static bool TryParse(string reference, out DebriefPath path)
    {
        path = default;
        var match = PathPattern().Match(reference);
        if (!match.Success
            || Supervision.RosterIds.Normalize(match.Groups["p"].Value) is not { } practitioner
            || practitioner != match.Groups["p"].Value
            || !DateOnly.TryParseExact(match.Groups["d"].Value, "yyyy'/'MM'/'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }
        path = new DebriefPath(practitioner, date, match.Groups["id"].Value);
        return true;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^debriefs/(?<p>[0-9a-f-]{36})/(?<d>\d{4}/\d{2}/\d{2})/(?<id>[A-Za-z0-9][A-Za-z0-9_-]{0,79})(\.json|\.md)?$")]
    private static partial Regex PathPattern();
}
