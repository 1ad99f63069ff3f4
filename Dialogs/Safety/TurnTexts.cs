using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Safety;

/// <summary>Every piece of free text a turn carries: the message, and the text fields of a submitted card.</summary>
public static class TurnTexts
{
    private const int MaxDepth = 8;

    public static IEnumerable<string> Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.TextWithoutMention();
        if (text.Length > 0) yield return text;
        if (activity.Value is { } value)
            foreach (var s in Strings(value, 0))
                yield return s;
    }

    private static IEnumerable<string> Strings(JsonElement element, int depth)
    {
        if (depth > MaxDepth) yield break;
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var s = element.GetString();
                // Dates, numbers and ratings carry no words; everything with letters is screened.
                if (s is { Length: >= 3 } && s.Any(char.IsLetter)) yield return s;
                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                    foreach (var x in Strings(p.Value, depth + 1)) yield return x;
                break;
            case JsonValueKind.Array:
                foreach (var e in element.EnumerateArray())
                    foreach (var x in Strings(e, depth + 1)) yield return x;
                break;
        }
    }
}
