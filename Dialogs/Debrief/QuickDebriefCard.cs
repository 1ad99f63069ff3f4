using System.Globalization;
using System.Text.Json.Nodes;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using static AllianceBot.Dialogs.Cards.AdaptiveCard;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The whole debrief as one Adaptive Card (Teams quick mode). Built again with the submitted values
/// when something needs fixing, so nothing typed is lost. Checkbox and choice texts wrap, so the card
/// reads whole at phone width (checked at 375 px in a browser by the tests).
/// </summary>
public static class QuickDebriefCard
{
    public static JsonObject Build(DateOnly today, KnowledgeBase knowledge, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        string? V(string id) => values is not null && values.TryGetValue(id, out var v) ? v : null;
        return Card(
        [
            Text(DebriefCopy.QuickTitle, heading: true),
            Text(DebriefCopy.QuickPrivacyNote, subtle: true),
            InputText(DebriefFields.ClientCode, DebriefCopy.ClientCodeLabel, V(DebriefFields.ClientCode), DebriefCopy.ClientCodePlaceholder, required: true),
            InputDate(DebriefFields.Date, DebriefCopy.DateLabel, V(DebriefFields.Date) ?? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), required: true),
            ChoiceSet(DebriefFields.Kind, DebriefCopy.KindLabel, DebriefCards.Kinds(), V(DebriefFields.Kind) ?? nameof(SessionKind.Ongoing), required: true),
            ChoiceSet(DebriefFields.Setting, DebriefCopy.SettingLabel, DebriefCards.Settings(), V(DebriefFields.Setting) ?? DebriefCopy.SettingName(SessionSetting.InPerson), required: true),
            InputText(DebriefFields.Narrative, DebriefCopy.NarrativeLabel, V(DebriefFields.Narrative), multiline: true, required: true),
            Text(DebriefCopy.RatingsIntro, subtle: true),
            ChoiceSet(DebriefFields.Goals, DebriefCopy.GoalsLabel, DebriefCards.Scale(), V(DebriefFields.Goals), required: true),
            ChoiceSet(DebriefFields.Tasks, DebriefCopy.TasksLabel, DebriefCards.Scale(), V(DebriefFields.Tasks), required: true),
            ChoiceSet(DebriefFields.Bond, DebriefCopy.BondLabel, DebriefCards.Scale(), V(DebriefFields.Bond), required: true),
            ChoiceSet(DebriefFields.Standard, DebriefCopy.QuickStandardLabel, knowledge.StandardItems.Select(i => (DebriefCards.StandardCheck(i), i.Code)), V(DebriefFields.Standard), multiSelect: true, expanded: true),
            ChoiceSet(DebriefFields.Signs, DebriefCopy.BoundariesLabel, knowledge.WarningSigns.Select(s => (DebriefCards.BoundaryCheck(s), s.Code)), V(DebriefFields.Signs), multiSelect: true, expanded: true),
            InputText(DebriefFields.NextSteps, DebriefCopy.NextStepsLabel, V(DebriefFields.NextSteps), multiline: true),
            InputText(DebriefFields.Supervision, DebriefCopy.SupervisionLabel, V(DebriefFields.Supervision), multiline: true),
        ], [Submit(DebriefCopy.QuickSubmit, new JsonObject { [DebriefFields.QuickAction] = "submit" })]);
    }
}
