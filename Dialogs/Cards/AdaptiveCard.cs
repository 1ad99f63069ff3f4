using System.Text.Json.Nodes;
using System.Text.Json;
using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Cards;

/// <summary>
/// Small builders for Adaptive Card 1.5 JSON: only the elements the bot uses (Teams renders up to
/// 1.5; buttons are Action.Submit because Teams drops suggested actions and imBack).
/// </summary>
public static class AdaptiveCard
{
    public const string Version = "1.5";

    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null, string? fallbackText = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray([.. body]),
            ["actions"] = new JsonArray([.. actions ?? []]),
        };
        // What a client that cannot render the card shows instead (Markdown): the list, once.
        if (fallbackText is not null)
        {
            card["fallbackText"] = fallbackText;
        }
        return card;
    }

    public static JsonObject Text(string text, bool heading = false, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (heading)
        {
            block["weight"] = "Bolder";
            block["size"] = "Medium";
        }
        if (subtle)
        {
            block["isSubtle"] = true;
            block["size"] = "Small";
        }
        return block;
    }

    public static JsonObject InputText(string id, string label, string? value = null, string? placeholder = null, bool multiline = false, bool required = false)
        => Input("Input.Text", id, label, value, required, o =>
        {
            o["isMultiline"] = multiline;
            if (placeholder is not null)
            {
                o["placeholder"] = placeholder;
            }
        });

    public static JsonObject InputDate(string id, string label, string? value = null, bool required = false)
        => Input("Input.Date", id, label, value, required, _ => { });

    /// <summary>A whole number between <paramref name="min"/> and <paramref name="max"/>: a phone shows its number pad.</summary>
    public static JsonObject InputNumber(string id, string label, int min, int max, string? value = null, bool required = false)
        => Input("Input.Number", id, label, value, required, o =>
        {
            o["min"] = min;
            o["max"] = max;
        });

    /// <summary>
    /// Multi-select choice sets send their values comma-joined ("P4,P8"); expanded shows checkboxes.
    /// Choice titles wrap (schema 1.2+): on a phone a long checkbox label would otherwise be cut off.
    /// </summary>
    public static JsonObject ChoiceSet(string id, string? label, IEnumerable<(string Title, string Value)> choices, string? value = null,
        bool multiSelect = false, bool expanded = false, bool required = false)
        => Input("Input.ChoiceSet", id, label, value, required, o =>
        {
            o["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
            o["isMultiSelect"] = multiSelect;
            o["style"] = expanded ? "expanded" : "compact";
            o["wrap"] = true;
        });

    /// <param name="withInputs">False for a button whose answer is its data alone (None, Skip): the card's inputs are not sent with it.</param>
    public static JsonObject Submit(string title, JsonObject data, bool withInputs = true)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = data,
        };
        if (!withInputs)
        {
            action["associatedInputs"] = "none";
        }
        return action;
    }

    /// <summary>A button that sends a command, the same as typing it ({"command": ...}).</summary>
    public static JsonObject CommandButton(string title, string command)
        => Submit(title, new JsonObject { [CommandProperty] = command }, withInputs: false);

    /// <summary>The data property of a command button; the router and the dialogs read it as typed text.</summary>
    public const string CommandProperty = "command";

    /// <summary>A row of buttons inside the body, next to what they act on (a finding's Review).</summary>
    public static JsonObject ActionSet(IEnumerable<JsonNode> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions]),
    };

    public static JsonObject OpenUrl(string title, string url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url,
    };

    public static Attachment ToAttachment(JsonObject card)
        => Attachment.AdaptiveCard(JsonSerializer.SerializeToElement(card, BotJson.Options));

    public static Activity Message(string? text, JsonObject card)
    {
        var activity = Activity.CreateMessage(text);
        activity.Attachments = [ToAttachment(card)];
        return activity;
    }

    /// <param name="label">Null where the message above the card already says what the input is.</param>
    private static JsonObject Input(string type, string id, string? label, string? value, bool required, Action<JsonObject> more)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id };
        if (label is not null)
        {
            input["label"] = label;
        }
        if (value is not null)
        {
            input["value"] = value;
        }
        if (required)
        {
            input["isRequired"] = true;
        }
        more(input);
        return input;
    }
}
