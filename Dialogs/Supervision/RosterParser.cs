using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Reads and checks a roster document. All problems are collected (not just the first) so an admin
/// can fix the file in one go; any problem means no roster.
/// </summary>
/// <example>
/// {"supervisors":[{"id":"&lt;guid&gt;","name":"Dana Lee","timeZone":"America/Vancouver",
///   "practitioners":[{"id":"&lt;guid&gt;","name":"Sam Rivera"}]}]}
/// </example>
public static class RosterParser
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // A misspelt property ("practitioner") must not silently drop people from the roster.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    public static RosterParseResult Parse(ReadOnlySpan<byte> json)
    {
        RosterFile? file;
        try
        {
            file = JsonSerializer.Deserialize<RosterFile>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : string.Empty;
            return RosterParseResult.Fail($"The roster is not valid JSON{where}: {FirstSentence(e.Message)}");
        }
        if (file?.Supervisors is null)
        {
            return RosterParseResult.Fail("The roster has no \"supervisors\" list.");
        }
        return Validate(file);
    }

    public static RosterParseResult Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));

    public static byte[] Serialize(Roster roster, DateTimeOffset importedAt)
        => JsonSerializer.SerializeToUtf8Bytes(new RosterFile
        {
            ImportedAt = importedAt,
            Supervisors = roster.Supervisors.Select(s => (SupervisorEntry?)new SupervisorEntry
            {
                Id = s.Id,
                Name = s.Name,
                TimeZone = s.TimeZone,
                Practitioners = s.Practitioners.Select(p => (PractitionerEntry?)new PractitionerEntry { Id = p.Id, Name = p.Name }).ToList(),
            }).ToList(),
        }, Options);

    private static RosterParseResult Validate(RosterFile file)
    {
        var errors = new List<string>();
        var supervisors = new List<RosterSupervisor>();
        var supervisorIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var assigned = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Supervisors!.Count; i++)
        {
            var entry = file.Supervisors[i];
            var label = $"Supervisor #{i + 1}" + (string.IsNullOrWhiteSpace(entry?.Name) ? string.Empty : $" ({entry.Name.Trim()})");
            if (entry is null)
            {
                errors.Add($"{label} is empty.");
                continue;
            }
            var id = CheckId(entry.Id, label, errors);
            var name = CheckName(entry.Name, label, errors);
            var zone = CheckZone(entry.TimeZone, label, errors);
            if (id is not null && !supervisorIds.TryAdd(id, label))
            {
                errors.Add($"{label} has the same id as {supervisorIds[id]}: list each supervisor once.");
            }
            var practitioners = new List<RosterPractitioner>();
            var list = entry.Practitioners ?? [];
            for (var j = 0; j < list.Count; j++)
            {
                var p = list[j];
                var plabel = $"{label}, practitioner #{j + 1}" + (string.IsNullOrWhiteSpace(p?.Name) ? string.Empty : $" ({p.Name.Trim()})");
                if (p is null)
                {
                    errors.Add($"{plabel} is empty.");
                    continue;
                }
                var pid = CheckId(p.Id, plabel, errors);
                var pname = CheckName(p.Name, plabel, errors);
                if (pid is null || pname is null)
                {
                    continue;
                }
                if (pid == id)
                {
                    errors.Add($"{plabel} is the supervisor themself: nobody can supervise themself.");
                    continue;
                }
                if (assigned.TryGetValue(pid, out var other))
                {
                    errors.Add(other == label
                        ? $"{plabel} is listed twice under the same supervisor."
                        : $"{plabel} already has a supervisor ({other}): a practitioner has exactly one supervisor.");
                    continue;
                }
                assigned[pid] = label;
                practitioners.Add(new RosterPractitioner(pid, pname));
            }
            if (id is not null && name is not null)
            {
                supervisors.Add(new RosterSupervisor(id, name, zone, practitioners));
            }
        }
        return errors.Count > 0
            ? new RosterParseResult(null, errors)
            : new RosterParseResult(new Roster(supervisors, file.ImportedAt), []);
    }

    private static string? CheckId(string? value, string label, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{label} has no id: use the person's Entra object id (a GUID).");
            return null;
        }
        var id = RosterIds.Normalize(value);
        if (id is null)
        {
            // The value is shown back, bounded, so a pasted email or name is easy to spot.
            errors.Add($"{label}: \"{Bounded(value)}\" is not an Entra object id (a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301).");
        }
        return id;
    }

    private static string? CheckName(string? value, string label, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{label} has no name: a display name is needed for digests.");
            return null;
        }
        return value.Trim();
    }

    private static string? CheckZone(string? value, string label, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(value.Trim(), out _))
        {
            errors.Add($"{label}: \"{Bounded(value)}\" is not a known time zone (use an IANA id such as Europe/London).");
            return null;
        }
        return value.Trim();
    }

    private static string Bounded(string value) => value.Length <= 60 ? value : value[..60] + "...";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed class RosterFile
    {
        public DateTimeOffset? ImportedAt { get; set; }
        public List<SupervisorEntry?>? Supervisors { get; set; }
    }

    private sealed class SupervisorEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? TimeZone { get; set; }
        public List<PractitionerEntry?>? Practitioners { get; set; }
    }

    private sealed class PractitionerEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
    }
}

public sealed record RosterParseResult(Roster? Roster, IReadOnlyList<string> Errors)
{
    public bool Ok => Roster is not null;

    public static RosterParseResult Fail(string error) => new(null, [error]);
}
