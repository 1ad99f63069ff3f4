namespace AllianceBot.Dialogs.State;

/// <summary>A write condition failed: someone else wrote first, or a create-only key exists.</summary>
public sealed class StorageConflictException(string key, Exception? inner = null)
    : Exception($"The document '{key}' was changed or already exists.", inner)
{
    public string Key { get; } = key;
}

/// <summary>The store could not be reached or failed; the caller keeps its data and may retry later.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The turn in progress ran on a copy of its conversation state that another writer has replaced
/// since (<see cref="BotState.EnsureCurrentAsync"/>). Not a <see cref="StorageConflictException"/>: code that takes a
/// conflict for "already written" must not swallow this; the turn runner runs the turn again on the stored version.
/// </summary>
public sealed class StaleTurnException(string key)
    : Exception($"The turn ran on an old copy of '{key}'; it runs again on the current one.")
{
    public string Key { get; } = key;
}
