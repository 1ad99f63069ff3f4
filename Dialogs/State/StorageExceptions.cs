namespace AllianceBot.Dialogs.State;

/// <summary>A write condition failed: someone else wrote first, or a create-only key exists.</summary>
public sealed class StorageConflictException(string key, Exception? inner = null)
    : Exception($"The document '{key}' was changed or already exists.", inner)
{
    public string Key { get; } = key;
}

/// <summary>The store could not be reached or failed; the caller keeps its data and may retry later.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
