using System.Text.Json.Nodes;

namespace AllianceBot.Dialogs.Framework;

/// <summary>
/// A component's inner <see cref="DialogState"/> kept as JSON in its instance state, in the shape the
/// serializer gives it: <c>{"dialogStack":[{"id":...,"state":{...}}]}</c>. Converted node to node: a
/// component loads and saves its stack on every turn it handles, and a serializer round trip of the
/// whole stack each time was one of the largest costs of a turn.
/// </summary>
internal static class InnerDialogStack
{
    private const string StackKey = "dialogStack";
    private const string IdKey = "id";
    private const string StateKey = "state";

    /// <summary>
    /// Copies of the stored instances, so the stored node is left as it was if the turn fails before
    /// <see cref="ToNode"/>. Anything but the usual shape goes through the serializer as before.
    /// </summary>
    public static DialogState FromNode(JsonNode? node)
    {
        if (node is null)
        {
            return new DialogState();
        }
        if (node is not JsonObject { Count: 1 } stored || stored[StackKey] is not JsonArray stack)
        {
            return DialogJson.As<DialogState>(node) ?? new DialogState();
        }
        var instances = new List<DialogInstance>(stack.Count);
        foreach (var item in stack)
        {
            if (item is not JsonObject { Count: 2 } entry
                || entry[IdKey] is not JsonValue id || !id.TryGetValue<string>(out var dialogId)
                || entry[StateKey] is not JsonObject state)
            {
                return DialogJson.As<DialogState>(node) ?? new DialogState();
            }
            instances.Add(new DialogInstance(dialogId, (JsonObject)state.DeepClone()));
        }
        return new DialogState { DialogStack = instances };
    }

    /// <summary>The stack as a node; instance states are attached as they are, or copied when they already have a parent.</summary>
    public static JsonObject ToNode(DialogState dialogState)
    {
        var stack = new JsonArray();
        foreach (var instance in dialogState.DialogStack)
        {
            var entry = new JsonObject { [IdKey] = instance.Id };
            if (instance.State is { } state)
            {
                entry[StateKey] = state.Parent is null ? state : state.DeepClone();
            }
            stack.Add(entry);
        }
        return new JsonObject { [StackKey] = stack };
    }
}
