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

/// <summary>How a debrief begins and resumes, and its answers to help, cancel, back, skip and status.</summary>
public sealed partial class DebriefDialog
{
    // ---- Begin, resume, staleness ----------------------------------------------------------------

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, JsonNode? options, CancellationToken cancellationToken)
    {
        var start = DialogJson.As<DebriefStart>(options) ?? new DebriefStart();
        var draft = await _drafts.GetAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
        if (draft is { Done.Count: > 0 })
        {
            draft.ResumePending = true;
            draft.Quick = start.Quick;
            await AskResumeAsync(innerDc.Context, draft, null, cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }
        await _drafts.SetAsync(innerDc.Context, await NewDraftAsync(innerDc.Context, start.Quick, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return await innerDc.BeginDialogAsync(Steps, null, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var draft = await _drafts.GetAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            // Its lifetime ran out (or the sweep took it): say so rather than leave the message unanswered.
            await innerDc.Context.SendActivityAsync(DraftStore.ReportedExpiry(innerDc.Context) ? DebriefCopy.DraftGoneButTold : DebriefCopy.DraftGone,
                cancellationToken).ConfigureAwait(false);
            return await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
        if (draft.ResumePending is { } startFresh)
        {
            return await OnResumeAnswerAsync(innerDc, draft, startFresh, cancellationToken).ConfigureAwait(false);
        }
        var now = _time.GetUtcNow();
        if (now - draft.UpdatedAt > _options.ResumeAfter)
        {
            draft.ResumePending = false;
            await AskResumeAsync(innerDc.Context, draft, null, cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }
        draft.UpdatedAt = now;
        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> OnResumeAnswerAsync(DialogContext innerDc, DebriefDraft draft, bool startFresh, CancellationToken cancellationToken)
    {
        var answer = ActivityText.Normalize(UserAnswer.From(innerDc.Context.Activity).TextOr(PromptCard.ValueProperty));
        switch (answer)
        {
            case "continue" or "resume" or "yes" or "carry on" or "go on" or "debrief":
                draft.ResumePending = null;
                draft.UpdatedAt = _time.GetUtcNow();
                return await RestartAsync(innerDc, cancellationToken).ConfigureAwait(false);
            case "discard" or "delete" or "no" or "start again" or "start over" or "new":
                if (!await _discarder.DiscardAsync(innerDc.Context, draft, cancellationToken).ConfigureAwait(false))
                {
                    return EndOfTurn;
                }
                if (!startFresh)
                {
                    return await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false) is { Status: DialogTurnStatus.Empty }
                        ? new DialogTurnResult(DialogTurnStatus.Complete)
                        : new DialogTurnResult(DialogTurnStatus.Cancelled);
                }
                await _drafts.SetAsync(innerDc.Context, await NewDraftAsync(innerDc.Context, draft.Quick, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                return await RestartAsync(innerDc, cancellationToken).ConfigureAwait(false);
            default:
                await AskResumeAsync(innerDc.Context, draft, DebriefCopy.ResumeInvalid, cancellationToken).ConfigureAwait(false);
                return EndOfTurn;
        }
    }

    private Task AskResumeAsync(ITurnContext turnContext, DebriefDraft draft, string? retry, CancellationToken cancellationToken)
    {
        var text = DebriefCopy.Resume(DebriefCopy.Ago(_time.GetUtcNow() - draft.UpdatedAt), draft.ClientCode);
        var question = PromptOptions.Question(retry is null ? text : $"{retry} {text}");
        question.Attachments = [PromptCard.Buttons(
            [new CardButton(DebriefCopy.Continue, JsonValue.Create("continue")), new CardButton(DebriefCopy.Discard, JsonValue.Create("discard"))], null)];
        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    /// <summary>Runs the script again from the top: it asks the first part the draft does not have.</summary>
    private static async Task<DialogTurnResult> RestartAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        while (innerDc.ActiveDialog is not null)
        {
            await innerDc.PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        }
        return await innerDc.BeginDialogAsync(Steps, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DebriefDraft> NewDraftAsync(ITurnContext turnContext, bool quick, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var practitioner = Practitioner(turnContext);
        var supervisor = await _roster.FindSupervisorAsync(practitioner.Id, cancellationToken).ConfigureAwait(false);
        return new DebriefDraft
        {
            DebriefId = DebriefIds.New(DateOnly.FromDateTime(now.UtcDateTime)), StartedAt = now, UpdatedAt = now,
            Practitioner = practitioner, Supervisor = supervisor, Quick = quick,
        };
    }

    // ---- Interruptions ---------------------------------------------------------------------------

    protected override async Task<DialogTurnResult?> OnHelpAsync(DialogContext innerDc, CancellationToken cancellationToken)
        => await SayAndRepromptAsync(innerDc, DebriefCopy.Help(await StatusAsync(innerDc, cancellationToken).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);

    protected override async Task<DialogTurnResult?> OnStatusAsync(DialogContext innerDc, CancellationToken cancellationToken)
        => await SayAndRepromptAsync(innerDc, await StatusAsync(innerDc, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>Stops the debrief but keeps the draft: "debrief" brings it back, "discard" drops it.</summary>
    protected override async Task<DialogTurnResult?> OnCancelAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (await _drafts.GetAsync(innerDc.Context, cancellationToken).ConfigureAwait(false) is { } draft)
        {
            (draft.Asking, draft.Review) = (null, null);
        }
        await innerDc.Context.SendActivityAsync(DebriefCopy.Cancelled, cancellationToken).ConfigureAwait(false);
        return await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DialogTurnResult?> OnBackAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var draft = await _drafts.GetAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
        if (draft?.Review is not null)
        {
            draft.Review = null;
        }
        else if (draft?.LastDone is { } last)
        {
            draft.Clear(last);
        }
        else
        {
            return await SayAndRepromptAsync(innerDc, DebriefCopy.NothingToGoBackTo, cancellationToken).ConfigureAwait(false);
        }
        draft.Asking = null;
        return await RestartAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DialogTurnResult?> OnSkipAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var draft = await _drafts.GetAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
        if (draft?.Asking is not { } part || !part.IsOptional() || draft.Quick && part == DebriefPart.ClientCode)
        {
            return await SayAndRepromptAsync(innerDc, DebriefCopy.CannotSkip, cancellationToken).ConfigureAwait(false);
        }
        draft.Skip(part);
        draft.Asking = null;
        return await RestartAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> StatusAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var (step, of, name) = DebriefProgress.Position(await _drafts.GetAsync(innerDc.Context, cancellationToken).ConfigureAwait(false));
        return DebriefCopy.Status(step, of, name);
    }
}
