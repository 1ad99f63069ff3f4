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

    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["body"] = new JsonArray([.. body]),
        ["actions"] = new JsonArray([.. actions ?? []]),
    };

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

    /// <summary>Multi-select choice sets send their values comma-joined ("P4,P8"); expanded shows checkboxes.</summary>
    public static JsonObject ChoiceSet(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value = null,
        bool multiSelect = false, bool expanded = false, bool required = false)
        => Input("Input.ChoiceSet", id, label, value, required, o =>
        {
            o["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
            o["isMultiSelect"] = multiSelect;
            o["style"] = expanded ? "expanded" : "compact";
        });

    public static JsonObject Submit(string title, JsonObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = data,
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

    private static JsonObject Input(string type, string id, string label, string? value, bool required, Action<JsonObject> more)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
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
