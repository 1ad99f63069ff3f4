using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Checks a submitted quick card as a whole and says everything that needs fixing at once; when it
/// is complete, fills the draft exactly as the guided debrief would (same record).
/// </summary>
public sealed class QuickDebriefForm(ISupervisionReasoning reasoning)
{
    /// <summary>Code of the free reflection on the quick card (the guided debrief asks the engine's questions instead).</summary>
    public const string OwnReflectionCode = "OWN";

    public Parsed<Action<DebriefDraft>> Read(UserAnswer answer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var problems = new List<string>();
        T? Check<T>(string field, string label, Func<string, Parsed<T>> parse)
        {
            var text = answer.Field(field);
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(DebriefCopy.QuickMissing(label));
                return default;
            }
            var parsed = parse(text);
            if (!parsed.Ok)
            {
                problems.Add(DebriefCopy.QuickInvalid(label, parsed.Retry!));
            }
            return parsed.Value;
        }

        var code = Check(DebriefFields.ClientCode, DebriefCopy.ClientCodeLabel, t => ClientCodeParser.Parse(t, reasoning.LooksLikePersonalIdentifier));
        var date = Check(DebriefFields.Date, DebriefCopy.DateLabel, t => AppointmentDateParser.Parse(t, today));
        var kind = Check(DebriefFields.Kind, DebriefCopy.KindLabel, SessionKindParser.Parse);
        var setting = Check(DebriefFields.Setting, DebriefCopy.SettingLabel, SessionSettingParser.Parse);
        var narrative = Check(DebriefFields.Narrative, DebriefCopy.NarrativeLabel,
            t => t.Trim().Length < 12 ? Parsed<string>.Fail(DebriefCopy.NarrativeTooShort) : Parsed<string>.Success(reasoning.Mask(t.Trim())));
        var goals = Check(DebriefFields.Goals, DebriefCopy.GoalsLabel, RatingParser.ParseOne);
        var tasks = Check(DebriefFields.Tasks, DebriefCopy.TasksLabel, RatingParser.ParseOne);
        var bond = Check(DebriefFields.Bond, DebriefCopy.BondLabel, RatingParser.ParseOne);
        var standardCodes = reasoning.Knowledge.StandardItems.Select(i => i.Code).ToList();
        var signCodes = reasoning.Knowledge.WarningSigns.Select(s => s.Code).ToList();
        var standard = ChecklistParser.Parse(Or(answer.Field(DebriefFields.Standard)), standardCodes, DebriefCopy.StandardInvalid(standardCodes.Count));
        var signs = ChecklistParser.Parse(Or(answer.Field(DebriefFields.Signs)), signCodes, DebriefCopy.BoundariesInvalid(signCodes.Count));
        problems.AddRange(new[] { standard.Retry, signs.Retry }.OfType<string>());
        if (problems.Count > 0)
        {
            return Parsed<Action<DebriefDraft>>.Fail(DebriefCopy.QuickFixIntro + "\n\n" + string.Join("\n", problems.Select(p => "- " + p)));
        }

        // A card sent before the supervision field existed carries a free reflection instead.
        var reflection = Masked(answer.Field(DebriefFields.Reflection));
        var bring = Masked(answer.Field(DebriefFields.Supervision));
        var nextSteps = Masked(answer.Field(DebriefFields.NextSteps));
        var detected = BoundaryCheck.Detected(reasoning.Analyze(new DebriefInput { Narrative = narrative!, Kind = kind }), reasoning.Knowledge);
        // What the narrative shows but the card did not tick is asked next, ticked, to confirm or untick.
        var unticked = detected.Except(signs.Value!, StringComparer.OrdinalIgnoreCase).Any();
        return Parsed<Action<DebriefDraft>>.Success(d =>
        {
            d.ClientCode = code;
            d.Date = date;
            d.Kind = kind;
            d.Setting = setting;
            d.Narrative = narrative;
            (d.Goals, d.Tasks, d.Bond) = (goals, tasks, bond);
            d.StandardItemsDone = [.. standard.Value!];
            d.SignsReported = [.. signs.Value!];
            d.Reflections = reflection is null ? [] : [new ReflectionAnswer(OwnReflectionCode, DebriefCopy.QuickReflectionLabel, reflection)];
            d.NextSteps = nextSteps;
            d.BringToSupervision = bring;
            d.DetectedSigns = detected;
            d.QuickBoundaryCheck = unticked;
            foreach (var part in Enum.GetValues<DebriefPart>().Where(p => !(unticked && p == DebriefPart.Boundaries)))
            {
                d.MarkDone(part);
            }
            if (nextSteps is null)
            {
                d.Skipped.Add(DebriefPart.NextSteps);
            }
            if (bring is null)
            {
                d.Skipped.Add(DebriefPart.Supervision);
            }
        });
    }

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "none" : value;

    private string? Masked(string? text) => string.IsNullOrWhiteSpace(text) ? null : reasoning.Mask(text.Trim());
}
