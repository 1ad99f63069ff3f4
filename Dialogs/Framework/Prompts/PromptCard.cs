using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Framework.Prompts;

/// <summary>
/// Answer buttons as an Adaptive Card (Teams drops suggested actions and hero-card imBack).
/// Each Action.Submit carries <c>{"value": ..., "promptId": ...}</c>; Teams delivers it as a message
/// whose <see cref="Activity.Value"/> is that object.
/// </summary>
public static class PromptCard
{
    public const string ValueProperty = "value";
    public const string PromptIdProperty = "promptId";

    public static Attachment Buttons(IEnumerable<CardButton> buttons, string? promptId)
    {
        var actions = new JsonArray();
        foreach (var (title, value) in buttons)
        {
            var data = new JsonObject { [ValueProperty] = value?.DeepClone() };
            if (promptId is not null)
            {
                data[PromptIdProperty] = promptId;
            }
            actions.Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data });
        }
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(),
            ["actions"] = actions,
        };
        return Attachment.AdaptiveCard(JsonSerializer.SerializeToElement(card, BotJson.Options));
    }

    /// <summary>
    /// The answer carried by a card submit: the <c>value</c> of a submitted object, or a bare value.
    /// A submit from another prompt's card (an old message) gives nothing.
    /// </summary>
    public static JsonElement? SubmittedValue(Activity activity, JsonObject promptState)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(promptState);
        if (activity.Value is not { } value || value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            return value;
        }
        if (value.TryGetProperty(PromptIdProperty, out var sent) && sent.ValueKind == JsonValueKind.String
            && PromptId(promptState) is { } expected && sent.GetString() != expected)
        {
            return null;
        }
        return value.TryGetProperty(ValueProperty, out var answer) ? answer : null;
    }

    internal static string? PromptId(JsonObject promptState) => promptState[PromptIdProperty]?.GetValue<string>();

    /// <summary>The text of a question with an appended line, keeping the rest of the activity.</summary>
    internal static Activity WithText(Activity? question, string text)
    {
        var activity = question ?? PromptOptions.Question(string.Empty);
        activity.Text = string.IsNullOrEmpty(activity.Text) ? text : $"{activity.Text}{text}";
        return activity;
    }
}

public sealed record CardButton(string Title, JsonNode? Value);
