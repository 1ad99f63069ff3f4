namespace AllianceBot.Dialogs.State;

/// <summary>When a write may happen: always, only if the key is new, or only over a known version.</summary>
public readonly record struct WriteCondition
{
    private WriteCondition(WriteConditionKind kind, string? etag) => (Kind, ETag) = (kind, etag);

    public WriteConditionKind Kind { get; }
    public string? ETag { get; }

    public static WriteCondition Always => new(WriteConditionKind.Always, null);
    public static WriteCondition IfNotExists => new(WriteConditionKind.IfNotExists, null);
    /// <remarks>"*" is refused: Azure reads it as "any version" while the other backends would compare it literally.</remarks>
    public static WriteCondition IfMatch(string etag)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        if (etag == "*")
        {
            throw new ArgumentException("IfMatch needs the ETag of a version that was read, not '*'.", nameof(etag));
        }
        return new(WriteConditionKind.IfMatch, etag);
    }

    /// <summary>IfMatch when a version was read, IfNotExists when nothing was there.</summary>
    public static WriteCondition ForVersion(string? etag) => etag is null ? IfNotExists : IfMatch(etag);
}

public enum WriteConditionKind
{
    Always,
    IfNotExists,
    IfMatch,
}
