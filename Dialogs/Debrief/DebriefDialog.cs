using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using static AllianceBot.Dialogs.Cards.AdaptiveCard;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The guided debrief. Each step asks one part only if the draft does not have it yet, so the same
/// script serves a new debrief, a resumed one, "back", "skip", Edit from the preview and the quick
/// card (which fills every part at once and lands on the preview). The answer to a question is read
/// into the draft by the step after it. Stateless: everything lives in the <see cref="DraftStore"/>.
/// </summary>
public sealed partial class DebriefDialog : InterruptibleDialog
{
    public const string DialogId = "debrief";
    private const string Steps = "debrief.steps";
    private const string ReviewPrompt = "debrief.review";
    private const string EditPrompt = "debrief.edit";
    private const string DiscardPrompt = "debrief.discard";

    private static readonly DebriefStage[] EditableStages =
        [DebriefStage.Basics, DebriefStage.Narrative, DebriefStage.Ratings, DebriefStage.Standard, DebriefStage.Boundaries, DebriefStage.NextSteps, DebriefStage.Supervision];

    private readonly DraftStore _drafts;
    private readonly ISupervisionReasoning _reasoning;
    private readonly IRosterLookup _roster;
    private readonly DebriefSaver _saver;
    private readonly TimeProvider _time;
    private readonly DebriefOptions _options;
    private readonly DebriefAnswerReader _reader;
    private readonly QuickDebriefForm _quick;
    private readonly PreviousRatingsLookup _previous;
    private readonly DraftDiscarder _discarder;

    public DebriefDialog(DraftStore drafts, ISupervisionReasoning reasoning, IRosterLookup roster, DebriefSaver saver,
        PreviousRatingsLookup previous, TimeProvider time, DebriefOptions options, DraftDiscarder discarder) : base(DialogId)
    {
        (_drafts, _reasoning, _roster, _saver, _previous, _time, _options, _discarder) = (drafts, reasoning, roster, saver, previous, time, options, discarder);
        _reader = new DebriefAnswerReader(reasoning);
        _quick = new QuickDebriefForm(reasoning);

        AddDialog(new WaterfallDialog(Steps,
        [
            IntroStepAsync,
            AskClientCodeStepAsync,
            AskDateStepAsync,
            AskKindStepAsync,
            AskSettingStepAsync,
            AskNarrativeStepAsync,
            AskGoalsStepAsync,
            AskTasksStepAsync,
            AskBondStepAsync,
            AskStandardStepAsync,
            AskBoundariesStepAsync,
            AskNextStepsStepAsync,
            AskSupervisionStepAsync,
            FeedbackStepAsync,
            PreviewStepAsync,
            ActOnPreviewStepAsync,
            FinishReviewStepAsync,
        ]) { KeepsResults = false });
        foreach (var part in Enum.GetValues<DebriefPart>())
        {
            AddDialog(new AnswerPrompt(PromptId(part), (context, answer) => CheckAsync(part, context, answer)));
        }
        AddDialog(new ChoicePrompt(ReviewPrompt));
        AddDialog(new ChoicePrompt(EditPrompt));
        AddDialog(new ConfirmPrompt(DiscardPrompt));
        InitialDialogId = Steps;
    }

    // ---- The script ------------------------------------------------------------------------------

    private async Task<DialogTurnResult> IntroStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(step, cancellationToken).ConfigureAwait(false);
        if (!draft.PrivacyShown)
        {
            draft.PrivacyShown = true;
            if (!draft.Quick)
            {
                await step.Context.SendActivityAsync(DebriefCopy.Privacy(draft.Supervisor?.Name), cancellationToken).ConfigureAwait(false);
            }
        }
        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskClientCodeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.ClientCode, (draft, today) => draft.Quick
            ? Message(null, QuickDebriefCard.Build(today, _reasoning.Knowledge))
            : Message(Numbered(draft, DebriefStage.Basics, DebriefCopy.AskClientCode), DebriefCards.Basics(today)), cancellationToken);

    private Task<DialogTurnResult> AskDateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.Date, (_, _) => Message(DebriefCopy.AskDate, DebriefCards.Dates()), cancellationToken);

    private Task<DialogTurnResult> AskKindStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.Kind, (_, _) => Message(DebriefCopy.AskKind, DebriefCards.KindButtons()), cancellationToken);

    private Task<DialogTurnResult> AskSettingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.Setting, (_, _) => Message(DebriefCopy.AskSetting, DebriefCards.SettingButtons()), cancellationToken);

    private Task<DialogTurnResult> AskNarrativeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.Narrative, (draft, _) => PromptOptions.Question(Numbered(draft, DebriefStage.Narrative, DebriefCopy.AskNarrative)), cancellationToken);

    private Task<DialogTurnResult> AskGoalsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.Goals, (draft, _) => Message(Numbered(draft, DebriefStage.Ratings, DebriefCopy.AskGoals), DebriefCards.Ratings()), cancellationToken);

    private Task<DialogTurnResult> AskTasksStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.Tasks, (_, _) => Message(DebriefCopy.AskTasks, DebriefCards.Buttons(DebriefFields.Tasks, DebriefCards.Scale())), cancellationToken);

    private Task<DialogTurnResult> AskBondStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.Bond, (_, _) => Message(DebriefCopy.AskBond, DebriefCards.Buttons(DebriefFields.Bond, DebriefCards.Scale())), cancellationToken);

    private Task<DialogTurnResult> AskStandardStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.Standard, (draft, _) =>
        {
            var items = DebriefChecklists.StandardFor(draft.Kind ?? Prompts.Detection.SessionKind.Ongoing, _reasoning.Knowledge);
            return Message(Numbered(draft, DebriefStage.Standard, DebriefCopy.AskStandard), DebriefCards.Standard(items));
        }, cancellationToken);

    /// <summary>The boundary check arrives with what the narrative shows already ticked, to confirm or untick.</summary>
    private Task<DialogTurnResult> AskBoundariesStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.Boundaries, (draft, _) =>
        {
            var signs = DebriefChecklists.Signs(_reasoning.Knowledge);
            draft.DetectedSigns = BoundaryCheck.Detected(_reasoning.Analyze(draft.ToInput()), _reasoning.Knowledge);
            var ticked = draft.TickedSigns;
            var numbers = signs.Select((s, i) => (s.Code, Number: i + 1)).Where(s => ticked.Contains(s.Code, StringComparer.OrdinalIgnoreCase)).Select(s => s.Number).ToList();
            var text = numbers.Count == 0 ? DebriefCopy.AskBoundaries : DebriefCopy.AskBoundariesTicked(numbers);
            return Message(Numbered(draft, DebriefStage.Boundaries, text), DebriefCards.Boundaries(signs, ticked));
        }, cancellationToken);

    private Task<DialogTurnResult> AskNextStepsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.NextSteps, (draft, _) => Message(Numbered(draft, DebriefStage.NextSteps, DebriefCopy.AskNextSteps), DebriefCards.Optional()), cancellationToken);

    /// <summary>The last, optional question: what to bring to supervision, led by one reflection question to sit with.</summary>
    private Task<DialogTurnResult> AskSupervisionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => AskAsync(step, DebriefPart.Supervision, (draft, _) =>
        {
            draft.Reflections ??= _reasoning.Analyze(draft.ToInput()).ReflectionQuestions.Take(1)
                .Select(q => new ReflectionAnswer(q.Code, q.Text, null)).ToList();
            var reflection = draft.Reflections.FirstOrDefault(r => r.Answer is null)?.Question;
            var text = DebriefCopy.AskSupervision(reflection is null ? null : PlainWords.WithoutCodes(reflection));
            return Message(Numbered(draft, DebriefStage.Supervision, text), DebriefCards.Optional());
        }, cancellationToken);

    private async Task<DialogTurnResult> FeedbackStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = await AbsorbAsync(step, cancellationToken).ConfigureAwait(false);
        if (!draft.PreviousRatingsLooked && draft.ClientCode is { } client)
        {
            try
            {
                draft.PreviousRatings = await _previous.FindAsync(Practitioner(step.Context).Id, client, cancellationToken).ConfigureAwait(false);
                draft.PreviousRatingsLooked = true;
            }
            catch (StorageUnavailableException)
            {
                // The trend is a nicety: without the archive the feedback goes on without it (and the next pass tries again).
            }
        }
        if (!draft.FeedbackShown)
        {
            draft.FeedbackShown = true;
            var analysis = ConfirmedAnalysis(draft);
            if (!draft.BoundaryMessageShown)
            {
                // The quick card has no boundary answer: the violation message is said here, so it is disclosed here.
                draft.NoteDisclosure(DebriefMessages.Disclosures(analysis, _reasoning.Mask));
            }
            var supervisor = draft.Supervisor?.Name;
            await step.Context.SendActivityAsync(DebriefMessages.Feedback(analysis, _reasoning.Knowledge, supervisor, repeatViolation: !draft.BoundaryMessageShown), cancellationToken).ConfigureAwait(false);
        }
        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PreviewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(step, cancellationToken).ConfigureAwait(false);
        (draft.Asking, draft.Review) = (null, null);
        return await step.PromptAsync(ReviewPrompt, PromptOptions.Ask(DebriefMessages.Preview(draft), DebriefCopy.PreviewInvalid,
            [new Choice(DebriefCopy.Confirm, ["save", "yes"]), new Choice(DebriefCopy.Edit, ["change"]), new Choice(DebriefCopy.Discard, ["delete", "bin"])]),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActOnPreviewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(step, cancellationToken).ConfigureAwait(false);
        switch (step.ResultAs<FoundChoice>()?.Index)
        {
            case 0:
                return await ConfirmAsync(step, draft, cancellationToken).ConfigureAwait(false);
            case 1:
                draft.Review = ReviewAction.Edit;
                return await step.PromptAsync(EditPrompt, PromptOptions.Ask(DebriefCopy.AskEditPart, DebriefCopy.EditPartInvalid,
                    EditableStages.Select(s => new Choice(DebriefCopy.PartName(s))).ToList()), cancellationToken).ConfigureAwait(false);
            default:
                draft.Review = ReviewAction.Discard;
                return await step.PromptAsync(DiscardPrompt, PromptOptions.Ask(DebriefCopy.AskDiscard), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> FinishReviewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(step, cancellationToken).ConfigureAwait(false);
        var review = draft.Review;
        draft.Review = null;
        if (review == ReviewAction.Edit && step.ResultAs<FoundChoice>() is { } choice)
        {
            foreach (var part in DebriefParts.In(EditableStages[choice.Index]))
            {
                draft.Clear(part);
            }
            return await step.ReplaceDialogAsync(Steps, null, cancellationToken).ConfigureAwait(false);
        }
        if (review == ReviewAction.Discard && step.ResultAs<bool>())
        {
            return await _discarder.DiscardAsync(step.Context, draft, cancellationToken).ConfigureAwait(false)
                ? await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false)
                : await step.ReplaceDialogAsync(Steps, null, cancellationToken).ConfigureAwait(false);
        }
        await step.Context.SendActivityAsync(DebriefCopy.NotDiscarded, cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(Steps, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, DebriefDraft draft, CancellationToken cancellationToken)
    {
        DebriefRecord record;
        try
        {
            await _drafts.EnsureCurrentAsync(step.Context, cancellationToken).ConfigureAwait(false);
            record = await _saver.SaveAsync(draft, Practitioner(step.Context), cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException)
        {
            // Nothing is lost: the draft (with its fixed id) stays, and the preview is shown again for another confirm.
            await step.Context.SendActivityAsync(DebriefCopy.SaveFailed, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Steps, null, cancellationToken).ConfigureAwait(false);
        }
        await _drafts.DeleteAsync(step.Context, cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync(DebriefCopy.Receipt(record.DebriefId, record.Supervisor?.Name, record.HasViolation), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(record.DebriefId, cancellationToken).ConfigureAwait(false);
    }

    // ---- Asking and reading ----------------------------------------------------------------------

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, DebriefPart part, Func<DebriefDraft, DateOnly, Activity> question, CancellationToken cancellationToken)
    {
        var draft = await AbsorbAsync(step, cancellationToken).ConfigureAwait(false);
        if (draft.Has(part))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        draft.Asking = part;
        var activity = question(draft, Today(step.Context));
        activity.InputHint = "expectingInput";
        return await step.PromptAsync(PromptId(part), new PromptOptions(activity), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the answer to the open question (the previous step's prompt) into the draft.</summary>
    private async Task<DebriefDraft> AbsorbAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(step, cancellationToken).ConfigureAwait(false);
        if (draft.Asking is not { } part || step.Result is null || step.ResultAs<UserAnswer>() is not { } answer)
        {
            return draft;
        }
        var read = Read(part, answer, draft, Today(step.Context));
        if (read.Ok)
        {
            read.Value!(draft);
            draft.Asking = null;
            if (part == DebriefPart.Boundaries)
            {
                var analysis = ConfirmedAnalysis(draft);
                draft.BoundaryMessageShown = true;
                draft.NoteDisclosure(DebriefMessages.Disclosures(analysis, _reasoning.Mask));
                await step.Context.SendActivityAsync(DebriefMessages.Boundaries(analysis, _reasoning.Knowledge, draft.Supervisor?.Name), cancellationToken).ConfigureAwait(false);
            }
        }
        return draft;
    }

    private async Task<Retry?> CheckAsync(DebriefPart part, ITurnContext turnContext, UserAnswer answer)
    {
        var draft = await _drafts.GetAsync(turnContext, CancellationToken.None).ConfigureAwait(false) ?? new DebriefDraft();
        var today = Today(turnContext);
        if (draft.Quick && part == DebriefPart.ClientCode && !answer.IsCard)
        {
            return new Retry(DebriefCopy.QuickNeedsCard, QuickDebriefCard.Build(today, _reasoning.Knowledge));
        }
        var read = Read(part, answer, draft, today);
        return read.Ok
            ? null
            : new Retry(read.Retry!, draft.Quick && part == DebriefPart.ClientCode ? QuickDebriefCard.Build(today, _reasoning.Knowledge, answer.Fields) : null);
    }

    /// <summary>The engine's reading as the practitioner confirmed it: detections they unticked no longer speak.</summary>
    private Prompts.Supervision.DebriefAnalysis ConfirmedAnalysis(DebriefDraft draft)
        => BoundaryCheck.WithoutRejected(_reasoning.Analyze(draft.ToInput()), draft.RejectedSigns);

    /// <summary>"Step 3 of 8: " before the first question of a step (not before "and tasks?" within it), counted as <see cref="DebriefProgress"/> does.</summary>
    private static string Numbered(DebriefDraft draft, DebriefStage stage, string question)
    {
        var (step, of, _) = DebriefProgress.Position(draft, stage);
        return DebriefCopy.Step(step, of) + question;
    }

    private Parsed<Action<DebriefDraft>> Read(DebriefPart part, UserAnswer answer, DebriefDraft draft, DateOnly today)
        => draft.Quick && part == DebriefPart.ClientCode ? _quick.Read(answer, today) : _reader.Read(part, answer, draft, today);

    private async Task<DebriefDraft> DraftAsync(DialogContext dc, CancellationToken cancellationToken)
        => await _drafts.GetAsync(dc.Context, cancellationToken).ConfigureAwait(false)
           ?? throw new InvalidOperationException("The debrief has no draft in conversation state.");

    private DateOnly Today(ITurnContext turnContext) => AppointmentDateParser.Today(_time, turnContext.Activity.LocalTimestamp?.Offset);

    private static string PromptId(DebriefPart part) => $"debrief.ask.{part}";

    private static Activity Message(string? text, JsonObject card)
    {
        var activity = Cards.AdaptiveCard.Message(text, card);
        activity.InputHint = "expectingInput";
        return activity;
    }

    /// <summary>Who is speaking: never shared between two people (see <see cref="UserIdentity"/>).</summary>
    public static PersonRecord Practitioner(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var id = UserIdentity.Of(turnContext.Activity)
            ?? throw new InvalidOperationException("The activity names no user; the endpoint refuses such activities.");
        return new PersonRecord(id, turnContext.Activity.From?.Name);
    }
}

/// <summary>How a debrief is begun: guided (text and small cards) or quick (one card).</summary>
public sealed record DebriefStart(bool Quick = false);
