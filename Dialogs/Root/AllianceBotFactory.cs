using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Questions;
using AllianceBot.Dialogs.Safety;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;

namespace AllianceBot.Dialogs.Root;

/// <summary>
/// Builds the root bot with its dialogs and commands. The host calls this once (everything built
/// here is stateless and shared); supervisor commands come in as <paramref name="extraCommands"/>.
/// </summary>
public static class AllianceBotFactory
{
    public static AllianceTeamsBot Create(
        ConversationState conversationState,
        ISupervisionReasoning reasoning,
        IDebriefArchive archive,
        IRosterLookup? roster = null,
        ISupervisorNotifier? notifier = null,
        TimeProvider? time = null,
        DebriefOptions? options = null,
        IEnumerable<ICommandHandler>? extraCommands = null,
        IEnumerable<Dialog>? extraDialogs = null,
        IAnswerRefiner? refiner = null,
        IDebriefEnrichment? enrichment = null,
        SafetyOptions? safety = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(reasoning);
        ArgumentNullException.ThrowIfNull(archive);
        roster ??= new NoRoster();
        notifier ??= new NoSupervisorNotifier();
        time ??= TimeProvider.System;
        options ??= new DebriefOptions();

        var drafts = new DraftStore(conversationState, time, options.DraftTtl, new ExpiredDraftReporter(archive, notifier, time));
        safety ??= new SafetyOptions();
        var saver = new DebriefSaver(reasoning, archive, roster, notifier, time, enrichment, safety.NotifySupervisor);
        var crisis = new CrisisResponder(reasoning, drafts, notifier, conversationState, time, safety);
        var discarder = new DraftDiscarder(drafts, archive, notifier, time);
        var responder = new QuestionResponder(reasoning, conversationState, time, refiner);
        ICommandHandler[] commands =
        [
            new StartDebriefCommand(),
            new QuickDebriefCommand(),
            new AskCommand(responder),
            new MyDebriefsCommand(archive, options),
            new ShowDebriefCommand(archive, reasoning.Knowledge),
            new DeleteDebriefCommand(),
            new StatusCommand(drafts, time),
            new DiscardDebriefCommand(drafts, discarder),
            new NothingToConfirmCommand(),
        ];
        Dialog[] dialogs =
        [
            new DebriefDialog(drafts, reasoning, roster, saver, new PreviousRatingsLookup(archive), time, options, discarder),
            new DeleteDebriefDialog(archive, roster, notifier, time, options),
        ];
        return new AllianceTeamsBot(conversationState, [.. dialogs, .. extraDialogs ?? []],
            new CommandRouter([.. commands, .. extraCommands ?? []], responder, conversationState), crisis);
    }
}
