using System.Text.Json;

namespace AllianceBot.Load;

/// <summary>A submit button of a reply's Adaptive Card: its title and the data a press sends back (raw JSON).</summary>
public sealed record CardButton(string Title, string? Data);

/// <summary>Finds the submit buttons of an Adaptive Card, so a script can press one the way a person would.</summary>
public static class CardButtons
{
    public static void Collect(JsonElement element, List<CardButton> buttons)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                    && type.GetString() is "Action.Submit" or "Action.Execute"
                    && element.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
                {
                    buttons.Add(new CardButton(title.GetString()!, element.TryGetProperty("data", out var data) ? data.GetRawText() : null));
                }
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, buttons);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, buttons);
                }
                break;
        }
    }
}
