using System.Text;
using System.Text.Json;

namespace AllianceBot.Bot.Chat;

/// <summary>A button of a card, numbered in the terminal so the user can type its number.</summary>
public sealed record CardAction(int Number, string Title, string Type, JsonElement? Data, string? Verb, string? Url);

/// <summary>An input field of a card, asked for in the terminal before a submit.</summary>
public sealed record CardInput(string Id, string Label, IReadOnlyList<(string Title, string Value)> Choices);

public sealed record RenderedCard(string Text, IReadOnlyList<CardAction> Actions, IReadOnlyList<CardInput> Inputs);

/// <summary>
/// Renders an Adaptive Card as plain text: its text blocks and facts in reading order, inputs as
/// hints and actions as a numbered list. Enough to run a card-driven dialog in a terminal.
/// </summary>
public static class CardText
{
    public static RenderedCard Render(JsonElement card)
    {
        var text = new StringBuilder();
        var actions = new List<CardAction>();
        var inputs = new List<CardInput>();
        if (card.ValueKind == JsonValueKind.Object)
        {
            if (card.TryGetProperty("body", out var body))
            {
                Elements(body, text, actions, inputs, depth: 0);
            }
            if (card.TryGetProperty("actions", out var top))
            {
                Actions(top, actions);
            }
        }
        foreach (var action in actions)
        {
            text.Append("  ").Append(action.Number).Append(") ").Append(action.Title);
            if (action.Url is not null)
            {
                text.Append(" <").Append(action.Url).Append('>');
            }
            text.AppendLine();
        }
        return new RenderedCard(text.ToString().TrimEnd(), actions, inputs);
    }

    private static void Elements(JsonElement elements, StringBuilder text, List<CardAction> actions, List<CardInput> inputs, int depth)
    {
        if (elements.ValueKind != JsonValueKind.Array || depth > 16)
        {
            return;
        }
        foreach (var element in elements.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            switch (Str(element, "type"))
            {
                case "TextBlock":
                    Line(text, Str(element, "text"));
                    break;
                case "RichTextBlock" when element.TryGetProperty("inlines", out var inlines) && inlines.ValueKind == JsonValueKind.Array:
                    Line(text, string.Concat(inlines.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Str(i, "text"))));
                    break;
                case "FactSet" when element.TryGetProperty("facts", out var facts) && facts.ValueKind == JsonValueKind.Array:
                    foreach (var fact in facts.EnumerateArray())
                    {
                        Line(text, $"{Str(fact, "title")}: {Str(fact, "value")}");
                    }
                    break;
                case "Container":
                    Elements(element.TryGetProperty("items", out var items) ? items : default, text, actions, inputs, depth + 1);
                    break;
                case "ColumnSet" when element.TryGetProperty("columns", out var columns) && columns.ValueKind == JsonValueKind.Array:
                    foreach (var column in columns.EnumerateArray())
                    {
                        Elements(column.TryGetProperty("items", out var columnItems) ? columnItems : default, text, actions, inputs, depth + 1);
                    }
                    break;
                case "ActionSet":
                    Actions(element.TryGetProperty("actions", out var set) ? set : default, actions);
                    break;
                case "Input.Text" or "Input.Number" or "Input.Date" or "Input.Time" or "Input.Toggle":
                    var label = Str(element, "label") ?? Str(element, "placeholder") ?? Str(element, "title") ?? Str(element, "id") ?? "input";
                    Line(text, $"[{label}]");
                    if (Str(element, "id") is { } id)
                    {
                        inputs.Add(new CardInput(id, label, []));
                    }
                    break;
                case "Input.ChoiceSet":
                    var choiceLabel = Str(element, "label") ?? Str(element, "placeholder") ?? Str(element, "id") ?? "choice";
                    var choices = element.TryGetProperty("choices", out var c) && c.ValueKind == JsonValueKind.Array
                        ? c.EnumerateArray().Select(x => (Str(x, "title") ?? "", Str(x, "value") ?? "")).ToList()
                        : [];
                    Line(text, $"[{choiceLabel}: {string.Join(" | ", choices.Select(x => x.Item1))}]");
                    if (Str(element, "id") is { } choiceId)
                    {
                        inputs.Add(new CardInput(choiceId, choiceLabel, choices));
                    }
                    break;
            }
        }
    }

    private static void Actions(JsonElement list, List<CardAction> actions)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        foreach (var action in list.EnumerateArray())
        {
            if (action.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            var type = Str(action, "type") ?? "Action.Submit";
            JsonElement? data = action.TryGetProperty("data", out var d) ? d.Clone() : null;
            actions.Add(new CardAction(actions.Count + 1, Str(action, "title") ?? type, type, data, Str(action, "verb"), Str(action, "url")));
        }
    }

    private static void Line(StringBuilder text, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            text.AppendLine(line.Trim());
        }
    }

    private static string? Str(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
