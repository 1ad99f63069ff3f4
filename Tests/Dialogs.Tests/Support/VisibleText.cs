using System.Text.Json;
using System.Text.RegularExpressions;
using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Tests.Support;

/// <summary>
/// What a person reads of a reply in Teams: the message text and the card's visible text (text
/// blocks, facts, input labels and placeholders, choice titles, button titles). The card's
/// fallbackText is not counted: Teams shows it only where the card cannot be rendered.
/// </summary>
public static partial class VisibleText
{
    public static string Of(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var parts = new List<string> { reply.Text ?? string.Empty };
        foreach (var attachment in reply.Attachments ?? [])
        {
            if (attachment.Content is { } content)
            {
                Collect(content, parts);
            }
        }
        return string.Join("\n", parts.Where(p => p.Length > 0));
    }

    /// <summary>Words as a reader counts them: runs with a letter or digit ("4", "C-104", "don't"); Markdown marks and bullets are not words.</summary>
    public static int Words(string text) => Word().Count(text);

    private static void Collect(JsonElement element, List<string> parts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "title" or "label" or "placeholder" or "value" && property.Value.ValueKind == JsonValueKind.String
                        && IsShown(element, property.Name))
                    {
                        parts.Add(property.Value.GetString()!);
                    }
                    else if (property.Name is not ("data" or "fallbackText" or "choices" or "$schema"))
                    {
                        Collect(property.Value, parts);
                    }
                    else if (property.Name == "choices")
                    {
                        foreach (var choice in property.Value.EnumerateArray())
                        {
                            parts.Add(choice.GetProperty("title").GetString()!);
                        }
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, parts);
                }
                break;
        }
    }

    // A fact's "value" is shown; an input's "value" is what is pre-filled (codes, dates): not counted as text the bot wrote.
    private static bool IsShown(JsonElement owner, string name)
        => name != "value" || !owner.TryGetProperty("type", out _);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-./]*")]
    private static partial Regex Word();
}
