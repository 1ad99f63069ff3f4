using System.Collections.Frozen;
using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework;

public enum InterruptionCommand
{
    None,
    Help,
    Cancel,
    Back,
    Skip,
    Status,
}

/// <summary>
/// The words that interrupt a dialog. Only a whole message matches (after removing the @mention and
/// normalising), so "I told the client to stop" is an answer, not a command. A card button may send
/// <c>{"command": "back"}</c> instead.
/// </summary>
public static class InterruptionCommands
{
    private static readonly FrozenDictionary<string, InterruptionCommand> Table = new Dictionary<string, InterruptionCommand>
    {
        ["help"] = InterruptionCommand.Help, ["?"] = InterruptionCommand.Help, ["what can i say"] = InterruptionCommand.Help,
        ["cancel"] = InterruptionCommand.Cancel, ["quit"] = InterruptionCommand.Cancel, ["stop"] = InterruptionCommand.Cancel,
        ["back"] = InterruptionCommand.Back, ["go back"] = InterruptionCommand.Back, ["previous"] = InterruptionCommand.Back,
        ["skip"] = InterruptionCommand.Skip, ["pass"] = InterruptionCommand.Skip, ["skip this"] = InterruptionCommand.Skip,
        ["status"] = InterruptionCommand.Status, ["progress"] = InterruptionCommand.Status, ["where am i"] = InterruptionCommand.Status,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static InterruptionCommand Match(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message)
        {
            return InterruptionCommand.None;
        }
        var text = activity.TextWithoutMention();
        if (text.Length == 0 && activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String)
        {
            text = command.GetString() ?? string.Empty;
        }
        return Match(text);
    }

    public static InterruptionCommand Match(string? text)
        => Table.GetValueOrDefault(ActivityText.Normalize(text), InterruptionCommand.None);
}
