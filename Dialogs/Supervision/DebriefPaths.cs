using System.Globalization;
using System.Text.RegularExpressions;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// The archive layout of confirmed debriefs, <c>debriefs/{practitioner}/{yyyy}/{MM}/{dd}/{id}.json|.md</c>,
/// built with <see cref="StorageKey.Segment"/> and parsed strictly: a reference typed by a user is
/// accepted only when it is exactly a path of this shape, so '../other' or another prefix never is.
/// </summary>
public static partial class DebriefPaths
{
    public const string Root = "debriefs/";

    public static string PractitionerPrefix(string practitionerId) => $"{Root}{StorageKey.Segment(practitionerId)}/";

    public static string DayPrefix(string practitionerId, DateOnly date)
        => PractitionerPrefix(practitionerId) + date.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture);

    public static string JsonKey(string practitionerId, DateOnly date, string debriefId)
        => DayPrefix(practitionerId, date) + StorageKey.Segment(debriefId) + ".json";

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
            return Archive.DebriefIds.Normalize(value);
        }
        var segments = value.Split('/');
        if (segments.Length != 6)
        {
            return value;
        }
        var name = segments[^1];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var (id, extension) = dot < 0 ? (name, string.Empty) : (name[..dot], name[dot..].ToLowerInvariant());
        return $"{Root}{segments[1].ToLowerInvariant()}/{segments[2]}/{segments[3]}/{segments[4]}/{Archive.DebriefIds.Normalize(id)}{extension}";
    }

    public static bool TryParse(string reference, out DebriefPath path)
    {
        path = default;
        var match = PathPattern().Match(reference);
        if (!match.Success
            || RosterIds.Normalize(match.Groups["p"].Value) is not { } practitioner
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

public readonly record struct DebriefPath(string PractitionerId, DateOnly Date, string DebriefId)
{
    public string JsonKey => DebriefPaths.JsonKey(PractitionerId, Date, DebriefId);
}
