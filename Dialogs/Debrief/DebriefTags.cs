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
}
