namespace AllianceBot.Dialogs.State;

public sealed record StorageItem(string Key, ReadOnlyMemory<byte> Content, string ETag,
    IReadOnlyDictionary<string, string> Metadata);

public sealed record StorageEntry(string Key, string ETag, DateTimeOffset LastModified,
    IReadOnlyDictionary<string, string> Metadata);
