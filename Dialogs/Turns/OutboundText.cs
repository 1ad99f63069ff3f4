using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

/// <summary>
/// What the bot sends never carries control characters (other than line breaks and tabs) or Unicode
/// bidirectional controls, whatever a user typed and the bot echoed: they can reorder what a reader
/// sees ("Trojan Source") or break a client's rendering. Applied to every outgoing activity's text
/// and to the strings inside its cards.
/// </summary>
public static partial class OutboundText
{
    // The same characters as JSON escapes them inside a card ("\u202E"); line breaks and tabs are written as \n and \t.
    [System.Text.RegularExpressions.GeneratedRegex(@"\\u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|061[cC]|200[eEfF]|202[a-eA-E]|206[6-9])|\\[bf]")]
    private static partial System.Text.RegularExpressions.Regex EscapedUnsafe();

    public static bool IsUnsafe(char c)
        => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
           || char.IsControl(c) && c is not ('\n' or '\r' or '\t');

    public static string? Clean(string? text)
    {
        if (text is null || !text.Any(IsUnsafe))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsUnsafe(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    public static void Clean(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Text = Clean(activity.Text);
        activity.Summary = Clean(activity.Summary);
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is { } content && content.GetRawText() is var raw && (raw.Any(IsUnsafe) || EscapedUnsafe().IsMatch(raw)))
            {
                var node = JsonNode.Parse(raw);
                attachment.Content = JsonSerializer.SerializeToElement(CleanNode(node), BotJson.Options);
            }
        }
    }

    private static JsonNode? CleanNode(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    obj[key] = CleanNode(obj[key]?.DeepClone());
                }
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = CleanNode(array[i]?.DeepClone());
                }
                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(Clean(value.GetValue<string>()));
            default:
                return node;
        }
    }
}
