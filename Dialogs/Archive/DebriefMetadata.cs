using System.Globalization;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// The metadata on every archived document (and its index entry): practitioner, date, id and the
/// tags as "tag_{name}", so listings answer "which debriefs, how serious" without reading content.
/// </summary>
internal static class DebriefMetadata
{
    public const string TagPrefix = "tag_";
    private const string PractitionerName = "practitioner";
    private const string DateName = "date";
    private const string IdName = "debrief_id";

    public static bool IsValidTagName(string name)
        => StorageMetadata.IsValidName(name) && StorageMetadata.IsValidName(TagPrefix + name);

    public static Dictionary<string, string> For(ArchivedDebrief debrief, DateOnly date)
        => For(debrief.PractitionerId, date, debrief.DebriefId, debrief.Tags);

    public static Dictionary<string, string> For(ArchivedDebriefEntry entry)
        => For(entry.PractitionerId, entry.Date, entry.DebriefId, entry.Tags);

    private static Dictionary<string, string> For(string practitionerId, DateOnly date, string debriefId, IReadOnlyDictionary<string, string> tags)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PractitionerName] = practitionerId,
            [DateName] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [IdName] = debriefId,
        };
        foreach (var (name, value) in tags)
        {
            metadata[TagPrefix + name] = value;
        }
        return metadata;
    }

    /// <summary>The client code a debrief was tagged with, trimmed; null when it has none.</summary>
    public static string? ClientOf(IReadOnlyDictionary<string, string> tags)
        => tags.TryGetValue(DebriefTags.ClientCode, out var code) && !string.IsNullOrWhiteSpace(code) ? code.Trim() : null;

    public static IReadOnlyDictionary<string, string> Tags(IReadOnlyDictionary<string, string> metadata)
        => metadata.Where(p => p.Key.StartsWith(TagPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[TagPrefix.Length..], p => p.Value, StringComparer.Ordinal);

    /// <summary>Null for documents that are not (whole) archived debriefs.</summary>
    public static ArchivedDebriefEntry? ToEntry(StorageEntry entry)
    {
        var metadata = entry.Metadata;
        if (!metadata.TryGetValue(PractitionerName, out var practitioner)
            || !metadata.TryGetValue(IdName, out var id)
            || !metadata.TryGetValue(DateName, out var dateText)
            || !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }
        return new ArchivedDebriefEntry(id, practitioner, date, Tags(metadata), entry.LastModified);
    }
}
