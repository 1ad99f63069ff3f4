namespace AllianceBot.Dialogs.Debrief;

/// <summary>Tag names on archived debriefs (lowercase identifiers, as the archive requires), so listings and digests can filter without opening documents.</summary>
public static class DebriefTags
{
    public const string ClientCode = "client_code";
    public const string Kind = "kind";
    /// <summary>The highest finding severity: None, Note, Warning or Violation.</summary>
    public const string Severity = "severity";
    public const string SupervisorId = "supervisor_id";
    public const string SchemaVersion = "schema_version";

    /// <summary>The tags a record is archived with.</summary>
    public static Dictionary<string, string> For(DebriefRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ClientCode] = record.ClientCode,
            [Kind] = record.Kind.ToString(),
            [Severity] = record.Findings.Count == 0 ? "None" : record.Findings.Max(f => f.Severity).ToString(),
            [SchemaVersion] = record.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (record.Supervisor is { } supervisor)
        {
            tags[SupervisorId] = supervisor.Id;
        }
        return tags;
    }
}
