namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Where a practitioner is, counted over the steps this debrief really has: eight for a typed debrief;
/// for the quick card the card and the summary, with the boundary check between them only when the
/// narrative showed something the card did not tick.
/// </summary>
public static class DebriefProgress
{
    public static int StepCount(DebriefDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.Quick ? (draft.QuickBoundaryCheck ? 3 : 2) : (int)DebriefStage.Summary;
    }

    /// <summary>The step number and the name status and help say: of the open question, or of <paramref name="stage"/>.</summary>
    public static (int Step, int Of, string Name) Position(DebriefDraft? draft, DebriefStage? stage = null)
    {
        if (draft is null)
        {
            return (1, (int)DebriefStage.Summary, DebriefCopy.PartName(DebriefStage.Basics));
        }
        var of = StepCount(draft);
        stage ??= draft.Asking?.Stage() ?? (draft.Review is not null || draft.FeedbackShown ? DebriefStage.Summary : DebriefStage.Basics);
        if (!draft.Quick)
        {
            return ((int)stage, of, DebriefCopy.PartName(stage.Value));
        }
        return stage switch
        {
            DebriefStage.Summary => (of, of, DebriefCopy.PartName(DebriefStage.Summary)),
            DebriefStage.Boundaries => (2, of, DebriefCopy.PartName(DebriefStage.Boundaries)),
            _ => (1, of, DebriefCopy.QuickCardStep),
        };
    }
}
