using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Commands;

/// <summary>"debrief": begins the guided debrief (which offers to continue an unfinished one).</summary>
public sealed class StartDebriefCommand : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["debrief", "start debrief", "new debrief", "start a debrief", "continue", "resume"];
    public string? Usage => CommandsCopy.DebriefUsage;

    // "debrief my 2pm" starts one; "resume tips for a client?" is a question.
    public bool Accepts(string phrase, string argument) => argument.Length == 0 || phrase.Contains("debrief", StringComparison.Ordinal);

    public Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        => request.Dc.BeginDialogAsync(DebriefDialog.DialogId, new DebriefStart(Quick: false), cancellationToken);
}

/// <summary>"quick debrief": the whole debrief as one card.</summary>
public sealed class QuickDebriefCommand : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["quick debrief", "quick", "quick mode"];
    public string? Usage => CommandsCopy.QuickUsage;

    // "quick question: ..." is a question.
    public bool Accepts(string phrase, string argument) => argument.Length == 0 || phrase == "quick debrief";

    public Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        => request.Dc.BeginDialogAsync(DebriefDialog.DialogId, new DebriefStart(Quick: true), cancellationToken);
}

/// <summary>"discard": drops an unfinished (cancelled or abandoned) debrief; one that disclosed a violation still reaches the supervisor.</summary>
public sealed class DiscardDebriefCommand(DraftStore drafts, DraftDiscarder discarder) : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["discard"];
    public string? Usage => CommandsCopy.DiscardUsage;

    public async Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var context = request.Dc.Context;
        if (await drafts.GetAsync(context, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            await drafts.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
            await context.SendActivityAsync(DebriefCopy.NoUnfinished, cancellationToken).ConfigureAwait(false);
            return;
        }
        await discarder.DiscardAsync(context, draft, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>"status" outside a debrief: is there an unfinished one?</summary>
public sealed class StatusCommand(DraftStore drafts, TimeProvider time) : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["status", "where am i"];
    public string? Usage => CommandsCopy.StatusUsage;

    public async Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var draft = await drafts.GetAsync(request.Dc.Context, cancellationToken).ConfigureAwait(false);
        var text = draft is { Done.Count: > 0 }
            ? CommandsCopy.Unfinished(DebriefCopy.Ago(time.GetUtcNow() - draft.UpdatedAt), draft.ClientCode)
            : CommandsCopy.NothingInProgress;
        await request.Dc.Context.SendActivityAsync(text, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>"confirm" with no debrief open (a second tap on Confirm, a repeated message): says so instead of "unknown".</summary>
public sealed class NothingToConfirmCommand : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["confirm", "save"];
    public string? Usage => null;

    public Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        => request.Dc.Context.SendActivityAsync(CommandsCopy.NothingToConfirm, cancellationToken);
}
