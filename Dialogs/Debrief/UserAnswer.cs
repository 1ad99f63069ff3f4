using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// What the user gave in one message: typed text, and the inputs of a submitted card by id
/// (Adaptive Card inputs are strings; a multi-select ChoiceSet sends "P4,P8").
/// </summary>
public sealed record UserAnswer(string Text, IReadOnlyDictionary<string, string> Fields)
{
    public bool IsCard => Fields.Count > 0;

    public string? Field(string id) => Fields.TryGetValue(id, out var value) ? value : null;

    /// <summary>The typed text, or the card input <paramref name="id"/> when the answer came from a card.</summary>
    public string TextOr(string id) => Text.Length > 0 ? Text : Field(id) ?? string.Empty;

    public static UserAnswer From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            foreach (var property in value.EnumerateObject())
            {
                var text = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                    _ => null,
                };
                if (text is not null)
                {
                    fields[property.Name] = text;
                }
            }
        }
        return new UserAnswer(activity.TextWithoutMention(), fields);
    }
}
