using System.Globalization;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Cards;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using static AllianceBot.Dialogs.Cards.AdaptiveCard;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The cards of the guided debrief. Every card goes with a text question that can be answered by
/// typing, so the terminal chat (no cards) loses nothing.
/// </summary>
public static class DebriefCards
{
    private const string Done = "Done";

    public static JsonObject Basics(DateOnly today) => Card(
    [
        Text(DebriefCopy.BasicsTitle, heading: true),
        InputText(DebriefFields.ClientCode, DebriefCopy.ClientCodeLabel, placeholder: DebriefCopy.ClientCodePlaceholder, required: true),
        InputDate(DebriefFields.Date, DebriefCopy.DateLabel, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), required: true),
        ChoiceSet(DebriefFields.Kind, DebriefCopy.KindLabel, Kinds(), nameof(SessionKind.Ongoing), expanded: true, required: true),
        ChoiceSet(DebriefFields.Setting, DebriefCopy.SettingLabel, Settings(), nameof(SessionSetting.InPerson), expanded: true, required: true),
    ], [Submit(Done, [])]);

    /// <summary>One button per option; the button sets the card field, so the answer reads like a card submit.</summary>
    public static JsonObject Buttons(string field, IEnumerable<(string Title, string Value)> options)
        => Card([], options.Select(o => (JsonNode)Submit(o.Title, new JsonObject { [field] = o.Value })));

    public static JsonObject Dates() => Buttons(DebriefFields.Date, [(DebriefCopy.Today, "today"), (DebriefCopy.Yesterday, "yesterday")]);

    public static JsonObject KindButtons() => Buttons(DebriefFields.Kind, Kinds());

    public static JsonObject SettingButtons() => Buttons(DebriefFields.Setting, Settings());

    // The message text above the card already carries the intro; repeating it in the card read twice.
    public static JsonObject Ratings() => Card(
    [
        ChoiceSet(DebriefFields.Goals, DebriefCopy.GoalsLabel, Scale(), required: true),
        ChoiceSet(DebriefFields.Tasks, DebriefCopy.TasksLabel, Scale(), required: true),
        ChoiceSet(DebriefFields.Bond, DebriefCopy.BondLabel, Scale(), required: true),
    ], [Submit(Done, [])]);

    public static JsonObject Checklist(string field, string label, IEnumerable<(string Title, string Code)> items) => Card(
    [
        ChoiceSet(field, label, items.Select(i => (i.Title, i.Code)), multiSelect: true, expanded: true),
    ], [Submit(Done, [])]);

    public static JsonObject Standard(IEnumerable<StandardItem> items)
        => Checklist(DebriefFields.Standard, DebriefCopy.StandardLabel, items.Select(i => (i.Question, i.Code)));

    public static JsonObject Boundaries(IEnumerable<WarningSign> signs)
        => Checklist(DebriefFields.Signs, DebriefCopy.BoundariesLabel, signs.Select(s => (s.Question, s.Code)));

    /// <summary>The numbered list that goes with a checklist card, for typing "1, 3" instead.</summary>
    public static string NumberedList(IEnumerable<string> questions)
        => "\n\n" + string.Join("\n", questions.Select((q, i) => $"{i + 1}. {q}"));

    public static IEnumerable<(string Title, string Value)> Scale()
        => DebriefCopy.RatingAnchors.Select((anchor, i) => (anchor, (i + 1).ToString(CultureInfo.InvariantCulture)));

    public static IEnumerable<(string Title, string Value)> Kinds()
        => Enum.GetValues<SessionKind>().Select(k => (DebriefCopy.KindName(k), k.ToString()));

    public static IEnumerable<(string Title, string Value)> Settings()
        => Enum.GetValues<SessionSetting>().Select(s => (DebriefCopy.SettingName(s), DebriefCopy.SettingName(s)));
}
