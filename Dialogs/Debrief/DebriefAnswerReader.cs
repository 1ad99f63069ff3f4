using AllianceBot.Dialogs.Supervision;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Turns one answer into changes to the draft, or a retry. An answer may fill more than the part
/// asked: the basics card fills all four basics, "4 3 5" fills the three ratings. Free text is masked here,
/// before it reaches the draft (and so the store).
/// </summary>
public sealed class DebriefAnswerReader(ISupervisionReasoning reasoning)
{
    private const int ShortestNarrative = 12;

    public Parsed<Action<DebriefDraft>> Read(DebriefPart part, UserAnswer answer, DebriefDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(draft);
        return part switch
        {
            DebriefPart.ClientCode when answer.Field(DebriefFields.Kind) is not null => ReadBasicsCard(answer, today),
            DebriefPart.ClientCode when answer.Text.Length > 0 => Map(BasicsLineParser.Parse(answer.Text, today, reasoning.LooksLikePersonalIdentifier), SetBasics),
            DebriefPart.ClientCode => Map(ClientCodeParser.Parse(answer.Field(DebriefFields.ClientCode), reasoning.LooksLikePersonalIdentifier),
                (d, v) => Set(d, DebriefPart.ClientCode, () => d.ClientCode = v)),
            DebriefPart.Date => Map(AppointmentDateParser.Parse(answer.TextOr(DebriefFields.Date), today),
                (d, v) => Set(d, DebriefPart.Date, () => d.Date = v)),
            DebriefPart.Kind => Map(SessionKindParser.Parse(answer.TextOr(DebriefFields.Kind)),
                (d, v) => Set(d, DebriefPart.Kind, () => d.Kind = v)),
            DebriefPart.Setting => Map(SessionSettingParser.Parse(answer.TextOr(DebriefFields.Setting)),
                (d, v) => Set(d, DebriefPart.Setting, () => d.Setting = v)),
            DebriefPart.Narrative => ReadNarrative(answer.TextOr(DebriefFields.Narrative)),
            DebriefPart.Goals or DebriefPart.Tasks or DebriefPart.Bond => ReadRatings(part, answer),
            DebriefPart.Standard => Map(ChecklistParser.Parse(Checklist(answer, DebriefFields.Standard), StandardCodes(draft),
                    DebriefCopy.StandardInvalid(StandardCodes(draft).Count)),
                (d, v) => Set(d, DebriefPart.Standard, () => d.StandardItemsDone = [.. v])),
            DebriefPart.Boundaries when IsKeep(answer.Text) => KeepTicked([.. draft.TickedSigns]),
            DebriefPart.Boundaries => Map(ChecklistParser.Parse(Checklist(answer, DebriefFields.Signs), SignCodes(),
                    DebriefCopy.BoundariesInvalid(SignCodes().Count)),
                (d, v) => Set(d, DebriefPart.Boundaries, () => d.SignsReported = [.. v])),
            DebriefPart.Reflection1 => ReadReflection(0, answer),
            DebriefPart.Reflection2 => ReadReflection(1, answer),
            DebriefPart.Supervision when IsNothing(answer.TextOr(DebriefFields.Supervision)) => Parsed<Action<DebriefDraft>>.Success(d =>
                Set(d, DebriefPart.Supervision, () => d.BringToSupervision = null)),
            DebriefPart.Supervision => ReadFreeText(answer.TextOr(DebriefFields.Supervision), (d, v) => Set(d, DebriefPart.Supervision, () => d.BringToSupervision = v)),
            _ => ReadFreeText(answer.TextOr(DebriefFields.NextSteps), (d, v) => Set(d, DebriefPart.NextSteps, () => d.NextSteps = v)),
        };
    }

    public IReadOnlyList<string> StandardCodes(DebriefDraft draft)
        => DebriefChecklists.StandardFor(draft.Kind ?? Prompts.Detection.SessionKind.Ongoing, reasoning.Knowledge).Select(i => i.Code).ToList();

    public IReadOnlyList<string> SignCodes() => DebriefChecklists.Signs(reasoning.Knowledge).Select(s => s.Code).ToList();

    public string Mask(string text) => reasoning.Mask(text.Trim());

    private Parsed<Action<DebriefDraft>> ReadBasicsCard(UserAnswer answer, DateOnly today)
    {
        var code = ClientCodeParser.Parse(answer.Field(DebriefFields.ClientCode), reasoning.LooksLikePersonalIdentifier);
        var date = AppointmentDateParser.Parse(answer.Field(DebriefFields.Date), today);
        var kind = SessionKindParser.Parse(answer.Field(DebriefFields.Kind));
        var setting = SessionSettingParser.Parse(answer.Field(DebriefFields.Setting));
        var retry = code.Retry ?? date.Retry ?? kind.Retry ?? setting.Retry;
        return retry is not null
            ? Parsed<Action<DebriefDraft>>.Fail(retry)
            : Parsed<Action<DebriefDraft>>.Success(d =>
            {
                Set(d, DebriefPart.ClientCode, () => d.ClientCode = code.Value);
                Set(d, DebriefPart.Date, () => d.Date = date.Value);
                Set(d, DebriefPart.Kind, () => d.Kind = kind.Value);
                Set(d, DebriefPart.Setting, () => d.Setting = setting.Value);
            });
    }

    private static Parsed<Action<DebriefDraft>> KeepTicked(List<string> ticked)
        => Parsed<Action<DebriefDraft>>.Success(d => Set(d, DebriefPart.Boundaries, () => d.SignsReported = [.. ticked]));

    private static void SetBasics(DebriefDraft draft, BasicsAnswer basics)
    {
        Set(draft, DebriefPart.ClientCode, () => draft.ClientCode = basics.ClientCode);
        if (basics.Date is { } date)
        {
            Set(draft, DebriefPart.Date, () => draft.Date = date);
        }
        if (basics.Kind is { } kind)
        {
            Set(draft, DebriefPart.Kind, () => draft.Kind = kind);
        }
        if (basics.Setting is { } setting)
        {
            Set(draft, DebriefPart.Setting, () => draft.Setting = setting);
        }
    }

    private static readonly HashSet<string> KeepWords = new(StringComparer.OrdinalIgnoreCase)
        { "ok", "okay", "yes", "keep", "keep them", "keep it", "right", "correct", "that's right", "thats right", "done", "fine", "agree", "yes they did", "yes it did" };

    private static readonly HashSet<string> NothingWords = new(StringComparer.OrdinalIgnoreCase)
        { "no", "none", "nothing", "nope", "not really", "n/a", "na", "nothing to bring", "nothing else" };

    /// <summary>"ok" to the boundary check keeps what came ticked.</summary>
    private static bool IsKeep(string text) => KeepWords.Contains(text.Trim().TrimEnd('.', '!'));

    private static bool IsNothing(string text) => NothingWords.Contains(text.Trim().TrimEnd('.', '!'));

    private Parsed<Action<DebriefDraft>> ReadNarrative(string text)
        => text.Trim().Length < ShortestNarrative
            ? Parsed<Action<DebriefDraft>>.Fail(DebriefCopy.NarrativeTooShort)
            : ReadFreeText(text, (d, v) => Set(d, DebriefPart.Narrative, () => d.Narrative = v));

    private static Parsed<Action<DebriefDraft>> ReadRatings(DebriefPart part, UserAnswer answer)
    {
        if (answer.Text.Length == 0 && answer.Field(DebriefFields.Goals) is not null)
        {
            var goals = RatingParser.ParseOne(answer.Field(DebriefFields.Goals));
            var tasks = RatingParser.ParseOne(answer.Field(DebriefFields.Tasks));
            var bond = RatingParser.ParseOne(answer.Field(DebriefFields.Bond));
            return (goals.Retry ?? tasks.Retry ?? bond.Retry) is { } retry
                ? Parsed<Action<DebriefDraft>>.Fail(retry)
                : Parsed<Action<DebriefDraft>>.Success(d => SetRatings(d, goals.Value, tasks.Value, bond.Value));
        }
        var parsed = RatingParser.Parse(answer.TextOr(part switch
        {
            DebriefPart.Goals => DebriefFields.Goals,
            DebriefPart.Tasks => DebriefFields.Tasks,
            _ => DebriefFields.Bond,
        }));
        if (!parsed.Ok)
        {
            return Parsed<Action<DebriefDraft>>.Fail(parsed.Retry!);
        }
        var rating = parsed.Value!;
        if (rating.Single is { } value)
        {
            return Parsed<Action<DebriefDraft>>.Success(d => SetRatings(d,
                part == DebriefPart.Goals ? value : null, part == DebriefPart.Tasks ? value : null, part == DebriefPart.Bond ? value : null));
        }
        return Parsed<Action<DebriefDraft>>.Success(d => SetRatings(d, rating.Goals, rating.Tasks, rating.Bond));
    }

    /// <summary>Sets the ratings given; the others are asked next ("goals 4" alone leaves tasks and bond open).</summary>
    private static void SetRatings(DebriefDraft draft, int? goals, int? tasks, int? bond)
    {
        if (goals is { } g)
        {
            Set(draft, DebriefPart.Goals, () => draft.Goals = g);
        }
        if (tasks is { } t)
        {
            Set(draft, DebriefPart.Tasks, () => draft.Tasks = t);
        }
        if (bond is { } b)
        {
            Set(draft, DebriefPart.Bond, () => draft.Bond = b);
        }
    }

    private Parsed<Action<DebriefDraft>> ReadReflection(int index, UserAnswer answer)
        => ReadFreeText(answer.TextOr(DebriefFields.Reflection),
            (d, v) => Set(d, index == 0 ? DebriefPart.Reflection1 : DebriefPart.Reflection2, () => d.SetReflection(index, v)));

    private Parsed<Action<DebriefDraft>> ReadFreeText(string text, Action<DebriefDraft, string> apply)
    {
        var masked = Mask(text);
        return masked.Length == 0
            ? Parsed<Action<DebriefDraft>>.Fail(DebriefCopy.NarrativeTooShort)
            : Parsed<Action<DebriefDraft>>.Success(d => apply(d, masked));
    }

    /// <summary>A card submitted with nothing ticked sends an empty value (or none at all): that means none.</summary>
    private static string Checklist(UserAnswer answer, string field)
        => answer.Text.Length > 0 ? answer.Text : string.IsNullOrWhiteSpace(answer.Field(field)) ? "none" : answer.Field(field)!;

    private static Parsed<Action<DebriefDraft>> Map<T>(Parsed<T> parsed, Action<DebriefDraft, T> apply)
        => parsed.Ok ? Parsed<Action<DebriefDraft>>.Success(d => apply(d, parsed.Value!)) : Parsed<Action<DebriefDraft>>.Fail(parsed.Retry!);

    private static void Set(DebriefDraft draft, DebriefPart part, Action assign)
    {
        draft.Clear(part);
        assign();
        draft.MarkDone(part);
    }
}
