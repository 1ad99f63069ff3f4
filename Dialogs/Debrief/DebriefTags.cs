namespace AllianceBot.Dialogs.Debrief;

/// <summary>Tag names on archived debriefs, so listings and digests can filter without opening documents.</summary>
public static class DebriefTags
{
    public const string ClientCode = "clientCode";
    public const string Kind = "kind";
    /// <summary>The highest finding severity: None, Note, Warning or Violation.</summary>
    public const string Severity = "severity";
    public const string SupervisorId = "supervisorId";
    public const string SchemaVersion = "schemaVersion";
}
