using System.Text.Json.Nodes;

namespace AllianceBot.Dialogs.Framework;

/// <summary>
/// The persisted dialog stack, top first (index 0 is the active dialog). Stored as plain JSON through
/// <c>BotJson.Options</c>; nothing in it is typed <c>object</c>, so nothing comes back as a surprise.
/// </summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; init; } = [];
}

/// <summary>One dialog on the stack: which dialog, and its private JSON state.</summary>
public sealed record DialogInstance(string Id, JsonObject State);
