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

    /// <summary>
    /// Whose draft this is, set when the debrief starts, so a draft that expires with nobody in the chat
    /// can still be reported under their name. Null in drafts started before it was recorded: the state
    /// property that holds the draft names its owner's id (<see cref="DraftStore.PropertyFor"/>).
    /// </summary>
    public PersonRecord? Practitioner { get; set; }

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

    /// <summary>The practitioner's own "what I want to bring to supervision" (masked); the digest shows it.</summary>
    public string? BringToSupervision { get; set; }

    /// <summary>Warning-sign codes the narrative showed when the boundary check was asked: they came ticked, to confirm or untick.</summary>
    public List<string>? DetectedSigns { get; set; }

    /// <summary>
    /// Serious concerns the bot has told the practitioner about (a violation in the boundary answer or
    /// the feedback). Once disclosed they stay disclosed: "back", an edit or a discard do not take them away.
    /// </summary>
    public List<DisclosedFinding>? Disclosed { get; set; }

    /// <summary>The same client's ratings in the previous debrief (looked up once the client code is known).</summary>
    public RatingsRecord? PreviousRatings { get; set; }
    public bool PreviousRatingsLooked { get; set; }

    /// <summary>Answered or skipped parts, in the order they were given: "back" undoes the last.</summary>
    public List<DebriefPart> Done { get; set; } = [];
    public List<DebriefPart> Skipped { get; set; } = [];

    /// <summary>True once the practitioner has seen the feedback, so resuming at the preview does not repeat it.</summary>
    public bool FeedbackShown { get; set; }

    public bool PrivacyShown { get; set; }

    /// <summary>When imminent risk was first reported during this debrief: the record keeps it, and the supervisor was told.</summary>
    public DateTimeOffset? CrisisReportedAt { get; set; }

    /// <summary>True once the supervisor was told of that crisis, so a later message or the confirm does not tell them twice.</summary>
    public bool CrisisNotified { get; set; }

    /// <summary>True once the answer to the boundary scan was given, so the feedback does not repeat a violation message.</summary>
    public bool BoundaryMessageShown { get; set; }
    public bool Quick { get; set; }

    /// <summary>Set when the quick card's narrative showed a sign the card did not tick: the boundary check is asked after the card.</summary>
    public bool QuickBoundaryCheck { get; set; }

    /// <summary>The part whose question is open; the next answer belongs to it.</summary>
    public DebriefPart? Asking { get; set; }

    /// <summary>Set while "continue or discard?" is open; true when discard should start a new debrief.</summary>
    public bool? ResumePending { get; set; }

    /// <summary>Set while the review waits for the part to edit or for "discard?" to be confirmed.</summary>
    public ReviewAction? Review { get; set; }

    public bool Has(DebriefPart part) => Done.Contains(part);

    /// <summary>
    /// True when something was disclosed that a supervisor must hear of even if the draft is discarded.
    /// The one place that decides it: a violation the bot told the practitioner of, or imminent risk
    /// the safety screen saw during this debrief.
    /// </summary>
    public bool MustReachSupervisor => Disclosed is { Count: > 0 } || CrisisReportedAt is not null;

    /// <summary>Records what the bot has just told the practitioner is a violation (masked evidence, one entry per code).</summary>
    public void NoteDisclosure(IEnumerable<DisclosedFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var finding in findings)
        {
            Disclosed ??= [];
            if (!Disclosed.Exists(d => d.Code == finding.Code))
            {
                Disclosed.Add(finding);
            }
        }
    }

    /// <summary>What the boundary check shows ticked when asked: the detections and anything ticked on the quick card.</summary>
    public IReadOnlyList<string> TickedSigns => (DetectedSigns ?? []).Union(SignsReported ?? [], StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Detected signs the practitioner unticked in the boundary check; empty when the check was not answered.</summary>
    public IReadOnlyList<string> RejectedSigns => DetectedSigns is null || !Has(DebriefPart.Boundaries) || Skipped.Contains(DebriefPart.Boundaries)
        ? []
        : DetectedSigns.Except(SignsReported ?? [], StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Detected signs the practitioner kept ticked.</summary>
    public IReadOnlyList<string> ConfirmedSigns => DetectedSigns is null || !Has(DebriefPart.Boundaries) || Skipped.Contains(DebriefPart.Boundaries)
        ? []
        : DetectedSigns.Intersect(SignsReported ?? [], StringComparer.OrdinalIgnoreCase).ToList();

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
            case DebriefPart.ClientCode: ClientCode = null; PreviousRatings = null; PreviousRatingsLooked = false; break;
            case DebriefPart.Date: Date = null; break;
            case DebriefPart.Kind: Kind = null; Reflections = null; Done.Remove(DebriefPart.Reflection1); Done.Remove(DebriefPart.Reflection2); break;
            case DebriefPart.Setting: Setting = null; break;
            case DebriefPart.Narrative: Narrative = null; break;
            case DebriefPart.Goals: Goals = null; break;
            case DebriefPart.Tasks: Tasks = null; break;
            case DebriefPart.Bond: Bond = null; break;
            case DebriefPart.Standard: StandardItemsDone = null; break;
            // The detections stay: the check is asked again with them ticked, and they are found again anyway.
            case DebriefPart.Boundaries: SignsReported = null; BoundaryMessageShown = false; break;
            case DebriefPart.Reflection1: SetReflection(0, null); break;
            case DebriefPart.Reflection2: SetReflection(1, null); break;
            case DebriefPart.NextSteps: NextSteps = null; break;
            case DebriefPart.Supervision: BringToSupervision = null; break;
        }
    }

    /// <summary>The last answered part, the one "back" changes; null before the first answer.</summary>
    public DebriefPart? LastDone => Done.Count > 0 ? Done[^1] : null;

    public void SetReflection(int index, string? answer)
    {
        if (Reflections is { } list && index < list.Count)
        {
            list[index] = list[index] with { Answer = answer };
        }
    }

    public DebriefInput ToInput() => new()
    {
        Narrative = Narrative ?? string.Empty,
        Kind = Kind ?? SessionKind.Ongoing,
        Ratings = Goals is null && Tasks is null && Bond is null ? null : new AllianceRatings(Goals, Tasks, Bond),
        PreviousRatings = PreviousRatings is { } previous ? new AllianceRatings(previous.Goals, previous.Tasks, previous.Bond) : null,
        StandardItemsDone = StandardItemsDone ?? [],
        SelfReportedSigns = SignsReported ?? [],
        // What the practitioner brings to supervision is their own reflection: the engine reads it as one.
        Reflections = [.. (Reflections ?? []).Where(r => !string.IsNullOrWhiteSpace(r.Answer)).Select(r => r.Answer!),
            .. string.IsNullOrWhiteSpace(BringToSupervision) ? Array.Empty<string>() : [BringToSupervision]],
        NextSteps = NextSteps,
    };
}

public enum ReviewAction
{
    Edit,
    Discard,
}
