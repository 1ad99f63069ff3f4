using System.Text.Json;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Projects an archived debrief record (its JSON) onto what a digest needs. Tolerant on purpose: the
/// record is versioned and an older or newer document must still count in a digest. The practitioner
/// and date come from the archive path, which is what access was decided on.
/// </summary>
public static class DigestDebriefMapper
{
    public static DigestDebrief? TryMap(ReadOnlySpan<byte> json, string key, string practitionerId, DateOnly date)
    {
        try
        {
            using var doc = JsonDocument.Parse(json.ToArray());
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var id = String(root, "debriefId") ?? String(root, "id") ?? IdFromKey(key);
            var ratings = Object(root, "ratings") is { } r
                ? new AllianceRatings(Int(r, "goals"), Int(r, "tasks"), Int(r, "bond"))
                : new AllianceRatings(Int(root, "goals"), Int(root, "tasks"), Int(root, "bond"));
            return new DigestDebrief(id, practitionerId, date, key, ratings, Findings(root),
                String(root, "nextSteps"), String(root, "clientCode"), String(root, "bringToSupervision"), Time(root, "confirmedAt"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<DigestFinding> Findings(JsonElement root)
    {
        var findings = new List<DigestFinding>();
        if (Property(root, "findings") is { ValueKind: JsonValueKind.Array } list)
        {
            foreach (var f in list.EnumerateArray())
            {
                if (f.ValueKind == JsonValueKind.Object && String(f, "code") is { } code)
                {
                    findings.Add(new DigestFinding(code, SeverityOf(f, code), String(f, "evidence") ?? string.Empty, SourceOf(f), Bool(f, "confirmed")));
                }
            }
        }
        return findings;
    }

    private static Severity SeverityOf(JsonElement finding, string code)
    {
        var value = Property(finding, "severity");
        if (value is { ValueKind: JsonValueKind.String } s && Enum.TryParse<Severity>(s.GetString(), true, out var named))
        {
            return named;
        }
        if (value is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var i) && Enum.IsDefined((Severity)i))
        {
            return (Severity)i;
        }
        // No usable severity: the code's family decides, erring towards attention.
        return code.StartsWith("BV-", StringComparison.Ordinal) ? Severity.Violation : Severity.Warning;
    }

    // An unknown source counts as detected: the finding still shows, it is just not called confirmed.
    private static FindingSource SourceOf(JsonElement finding)
        => Property(finding, "source") is { ValueKind: JsonValueKind.String } s && Enum.TryParse<FindingSource>(s.GetString(), true, out var source)
            ? source
            : FindingSource.Detected;

    private static bool? Bool(JsonElement obj, string name) => Property(obj, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    private static DateTimeOffset? Time(JsonElement obj, string name)
        => Property(obj, name) is { ValueKind: JsonValueKind.String } s && s.TryGetDateTimeOffset(out var time) ? time : null;

    private static string IdFromKey(string key)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        return name.EndsWith(".json", StringComparison.Ordinal) ? name[..^5] : name;
    }

    private static JsonElement? Property(JsonElement obj, string name)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }
        return null;
    }

    private static JsonElement? Object(JsonElement obj, string name)
        => Property(obj, name) is { ValueKind: JsonValueKind.Object } o ? o : null;

    private static string? String(JsonElement obj, string name)
        => Property(obj, name) is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    private static int? Int(JsonElement obj, string name)
        => Property(obj, name) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var i) ? i : null;
}
