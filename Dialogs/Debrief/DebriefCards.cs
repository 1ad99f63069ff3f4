using System.Globalization;
using System.Text.Json.Nodes;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using static AllianceBot.Dialogs.Cards.AdaptiveCard;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The cards of the guided debrief. Each list is on its card only (numbered, so "1, 3" can be typed
/// instead); the message above it says in a line what to do, and a client that renders no cards gets
/// the list from the card's fallback text. Optional questions carry Skip, checklists None.
/// </summary>
public static class DebriefCards
{
    public static JsonObject Basics(DateOnly today) => Card(
    [
        InputText(DebriefFields.ClientCode, DebriefCopy.ClientCodeLabel, placeholder: DebriefCopy.ClientCodePlaceholder, required: true),
        InputDate(DebriefFields.Date, DebriefCopy.DateLabel, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), required: true),
        ChoiceSet(DebriefFields.Kind, DebriefCopy.KindLabel, Kinds(), nameof(SessionKind.Ongoing), expanded: true, required: true),
        ChoiceSet(DebriefFields.Setting, DebriefCopy.SettingLabel, Settings(), nameof(SessionSetting.InPerson), expanded: true, required: true),
    ], [Submit(DebriefCopy.Done, [])]);

    /// <summary>One button per option; the button sets the card field, so the answer reads like a card submit.</summary>
    public static JsonObject Buttons(string field, IEnumerable<(string Title, string Value)> options)
        => Card([], options.Select(o => (JsonNode)Submit(o.Title, new JsonObject { [field] = o.Value })));

    public static JsonObject Dates() => Buttons(DebriefFields.Date, [(DebriefCopy.Today, "today"), (DebriefCopy.Yesterday, "yesterday")]);

    public static JsonObject KindButtons() => Buttons(DebriefFields.Kind, Kinds());

    public static JsonObject SettingButtons() => Buttons(DebriefFields.Setting, Settings());

    /// <summary>Three number fields of 1-5 (a phone shows its number pad); the message above says what the numbers mean.</summary>
    public static JsonObject Ratings() => Card(
    [
        InputNumber(DebriefFields.Goals, DebriefCopy.GoalsLabel, 1, 5, required: true),
        InputNumber(DebriefFields.Tasks, DebriefCopy.TasksLabel, 1, 5, required: true),
        InputNumber(DebriefFields.Bond, DebriefCopy.BondLabel, 1, 5, required: true),
    ], [Submit(DebriefCopy.Done, []), SkipButton()]);

    /// <summary>A numbered checklist; <paramref name="ticked"/> arrive ticked (the boundary check's detections).</summary>
    public static JsonObject Checklist(string field, string? label, IReadOnlyList<(string Title, string Code)> items, IReadOnlyCollection<string>? ticked = null)
    {
        var numbered = items.Select((item, i) => (Title: $"{i + 1}. {item.Title}", Value: item.Code)).ToList();
        var value = ticked is { Count: > 0 } ? string.Join(',', items.Select(i => i.Code).Where(ticked.Contains)) : null;
        return Card(
            [ChoiceSet(field, label, numbered, value, multiSelect: true, expanded: true)],
            [Submit(DebriefCopy.Done, []), Submit(DebriefCopy.None, new JsonObject { [field] = "none" }, withInputs: false)],
            fallbackText: string.Join("\n\n", numbered.Select(n => n.Title)));
    }

    public static JsonObject Standard(IEnumerable<StandardItem> items)
        => Checklist(DebriefFields.Standard, null, [.. items.Select(i => (StandardCheck(i), i.Code))]);

    public static JsonObject Boundaries(IEnumerable<WarningSign> signs, IReadOnlyCollection<string> ticked)
        => Checklist(DebriefFields.Signs, null, [.. signs.Select(s => (BoundaryCheck(s), s.Code))], ticked);

    /// <summary>The Skip button of an optional question (the same as typing skip).</summary>
    public static JsonObject Optional() => Card([], [SkipButton()]);

    public static string StandardCheck(StandardItem item) => DebriefCopy.StandardChecks.GetValueOrDefault(item.Code) ?? item.Question;

    public static string BoundaryCheck(WarningSign sign) => DebriefCopy.BoundaryChecks.GetValueOrDefault(sign.Code) ?? sign.Question;

    public static IEnumerable<(string Title, string Value)> Scale()
        => Enumerable.Range(1, 5).Select(i => (i.ToString(CultureInfo.InvariantCulture), i.ToString(CultureInfo.InvariantCulture)));

    public static IEnumerable<(string Title, string Value)> Kinds()
        => Enum.GetValues<SessionKind>().Select(k => (DebriefCopy.KindName(k), k.ToString()));

    public static IEnumerable<(string Title, string Value)> Settings()
        => Enum.GetValues<SessionSetting>().Select(s => (DebriefCopy.SettingName(s), DebriefCopy.SettingName(s)));

    private static JsonObject SkipButton() => CommandButton(DebriefCopy.Skip, "skip");
}
