using System.Text;
using System.Text.Json;

namespace AllianceBot.Bot.Chat;

/// <summary>Hero cards (title, text, imBack buttons) as terminal text.</summary>
public static class HeroCardText
{
    public static RenderedCard Render(JsonElement card)
    {
        var text = new StringBuilder();
        var actions = new List<CardAction>();
        foreach (var name in new[] { "title", "subtitle", "text" })
        {
            if (card.ValueKind == JsonValueKind.Object && card.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String)
            {
                text.AppendLine(v.GetString());
            }
        }
        if (card.ValueKind == JsonValueKind.Object && card.TryGetProperty("buttons", out var buttons) && buttons.ValueKind == JsonValueKind.Array)
        {
            foreach (var button in buttons.EnumerateArray())
            {
                var type = button.TryGetProperty("type", out var t) ? t.GetString() ?? "imBack" : "imBack";
                var title = button.TryGetProperty("title", out var ti) ? ti.GetString() ?? type : type;
                JsonElement? value = button.TryGetProperty("value", out var va) ? va.Clone() : null;
                var number = actions.Count + 1;
                actions.Add(new CardAction(number, title, type, value, null, type == "openUrl" ? value?.ToString() : null));
                text.Append("  ").Append(number).Append(") ").AppendLine(title);
            }
        }
        return new RenderedCard(text.ToString().TrimEnd(), actions, []);
    }
}
