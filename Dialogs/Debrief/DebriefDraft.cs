using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The debrief waterfall's one typed record, kept in conversation state between turns. Free text is
/// masked as it comes in, so no identifier ever reaches the store. The id is fixed when the draft is
/// created, which makes a repeated confirm save the same document.
/// </summary>
public sealed class DebriefDraft
{
    public string DebriefId { get; set; } = string.Empty;
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public SupervisorRef? Supervisor { get; set; }

    public string? ClientCode { get; set; }
    public DateOnly? Date { get; set; }
    public SessionKind? Kind { get; set; }
    public SessionSetting? Setting { get; set; }
    public string? Narrative { get; set; }
    public int? Goals { get; set; }
    public int? Tasks { get; set; }
    public int? Bond { get; set; }
    public List<string>? StandardItemsDone { get; set; }
    public List<string>? SignsReported { get; set; }
    public List<ReflectionAnswer>? Reflections { get; set; }
    public string? NextSteps { get; set; }

    /// <summary>Answered or skipped parts, in the order they were given: "back" undoes the last.</summary>
    public List<DebriefPart> Done { get; set; } = [];
    public List<DebriefPart> Skipped { get; set; } = [];

    /// <summary>True once the practitioner has seen the feedback, so resuming at the preview does not repeat it.</summary>
    public bool FeedbackShown { get; set; }

    public bool Has(DebriefPart part) => Done.Contains(part);

    public void MarkDone(DebriefPart part)
    {
        Done.Remove(part);
        Done.Add(part);
    }

    public void Skip(DebriefPart part)
    {
        Clear(part);
        Skipped.Add(part);
        MarkDone(part);
    }

    /// <summary>Forgets one answer so that the waterfall asks it again.</summary>
    public void Clear(DebriefPart part)
    {
        Done.Remove(part);
        Skipped.Remove(part);
        FeedbackShown = false;
        switch (part)
        {
            case DebriefPart.ClientCode: ClientCode = null; break;
            case DebriefPart.Date: Date = null; break;
            case DebriefPart.Kind: Kind = null; Reflections = null; Done.Remove(DebriefPart.Reflection1); Done.Remove(DebriefPart.Reflection2); break;
            case DebriefPart.Setting: Setting = null; break;
            case DebriefPart.Narrative: Narrative = null; break;
            case DebriefPart.Goals: Goals = null; break;
            case DebriefPart.Tasks: Tasks = null; break;
            case DebriefPart.Bond: Bond = null; break;
            case DebriefPart.Standard: StandardItemsDone = null; break;
            case DebriefPart.Boundaries: SignsReported = null; break;
            case DebriefPart.Reflection1: SetReflection(0, null); break;
            case DebriefPart.Reflection2: SetReflection(1, null); break;
            case DebriefPart.NextSteps: NextSteps = null; break;
        }
    }

    /// <summary>The last answered part, the one "back" changes; null before the first answer.</summary>
    public DebriefPart? LastDone => Done.Count > 0 ? Done[^1] : null;

    /// <summary>The first part still to be asked, in script order.</summary>
    public DebriefPart? NextOpen(int reflectionCount)
        => Enum.GetValues<DebriefPart>().Where(p => !Has(p) && (p != DebriefPart.Reflection1 || reflectionCount > 0) && (p != DebriefPart.Reflection2 || reflectionCount > 1))
            .Cast<DebriefPart?>().FirstOrDefault();

    public void SetReflection(int index, string? answer)
    {
        if (Reflections is { } list && index < list.Count)
        {
            list[index] = list[index] with { Answer = answer };
        }
    }

    public DebriefInput ToInput(AllianceRatings? previousRatings = null) => new()
    {
        Narrative = Narrative ?? string.Empty,
        Kind = Kind ?? SessionKind.Ongoing,
        Ratings = Goals is null && Tasks is null && Bond is null ? null : new AllianceRatings(Goals, Tasks, Bond),
        PreviousRatings = previousRatings,
        StandardItemsDone = StandardItemsDone ?? [],
        SelfReportedSigns = SignsReported ?? [],
        Reflections = Reflections?.Where(r => !string.IsNullOrWhiteSpace(r.Answer)).Select(r => r.Answer!).ToList() ?? [],
        NextSteps = NextSteps,
    };
}
