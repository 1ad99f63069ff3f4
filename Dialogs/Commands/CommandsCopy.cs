using AllianceBot.Dialogs.Archive;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Commands;

/// <summary>Everything the commands and the welcome card say, in one place for the clinical lead.</summary>
public static class CommandsCopy
{
    public const string Welcome = "Hi, I'm AllianceBot. Right after a hard session, debrief with me in a few minutes: I'll reflect back what I notice about the working alliance and boundaries, and save a summary for you and your supervisor. You can also ask me about the standard.";
    public const string WelcomeDebrief = "Debrief";
    public const string WelcomeQuick = "Quick debrief";
    public const string WelcomeAsk = "Ask a question";
    public const string WelcomeHelp = "Help";

    public static string Help(IEnumerable<string> usages) => "Here is what I can do:\n\n" + string.Join("\n", usages.Select(u => "- " + u));
    public static string Unknown(IEnumerable<string> usages) => "Sorry, I didn't catch that. " + Help(usages);
    public static string DidYouMean(string command) => $"Did you mean \u201c{command}\u201d? Tap it, or type it again.";
    public const string StaleCard = "That card is no longer active. Say debrief to start a new debrief, or help.";

    public const string DebriefUsage = "debrief: a guided debrief after a session (3 to 5 minutes)";
    public const string QuickUsage = "quick debrief: the whole debrief on one card";
    public const string AskUsage = "ask <question>, or just type a question: answers about the standard and the working alliance";
    public const string MyDebriefsUsage = "my debriefs: your last ten debriefs";
    public const string ShowUsage = "show <id>: one of your debriefs";
    public const string DeleteUsage = "delete <id>: delete one of your debriefs soon after saving it";
    public const string StatusUsage = "status: where you are";
    public const string DiscardUsage = "discard: drop an unfinished debrief";
    public const string HelpUsage = "help: this list";

    public const string NoDebriefs = "You have no saved debriefs yet. Say debrief to start one.";
    public static string DebriefList(IEnumerable<ArchivedDebriefEntry> entries)
        => "Your recent debriefs:\n\n" + string.Join("\n", entries.Select(e =>
            $"- {e.DebriefId} · {e.Date:yyyy-MM-dd}" + (e.Tags.TryGetValue(Debrief.DebriefTags.ClientCode, out var code) ? $" · client {code}" : string.Empty)))
           + "\n\nSay show <id> to open one.";
    public const string WhichDebrief = "Which debrief? Give its id, for example show D-20261122-7K3Q9 (say my debriefs to see them).";
    public const string NotAnId = "That isn't a debrief id. Ids look like D-20261122-7K3Q9; say my debriefs to see yours.";
    public static string NotFound(string id) => $"I can't find a debrief {id} of yours. Say my debriefs to see them.";

    public static string AskDelete(string id, string? clientCode, DateOnly date)
        => $"Delete debrief {id} (client {clientCode ?? "?"}, {date:yyyy-MM-dd})? This cannot be undone.";
    public static string Deleted(string id) => $"Deleted {id}.";
    public static string AskDeleteLeavingTombstone(string id, string? clientCode, DateOnly date, string concern = DigestCopy.ViolationConcern)
        => $"Delete debrief {id} (client {clientCode ?? "?"}, {date:yyyy-MM-dd})? It records {concern}, so a note of it (what and when, not your text) stays on the record.";
    public static string AskSupervisorToDelete(string id, string supervisor, string concern = DigestCopy.ViolationConcern)
        => $"Debrief {id} records {concern}, so it stays on the record unless {supervisor} removes it. Ask {supervisor} to remove it?";
    public static string DeletionRequested(string id, string supervisor) => $"Asked {supervisor}. {id} stays until they decide, and I'll tell you what they decide.";
    public static string DeletionNotRequested(string id, string supervisor) => $"I couldn't reach {supervisor} just now, so {id} stays. Please ask them directly.";
    public static string DeletionApprovedBy(string id, string supervisor) => $"{supervisor} removed debrief {id} at your request. A note of it (what and when, not your text) stays on the record.";
    public static string DeletionKeptBy(string id, string supervisor) => $"{supervisor} decided to keep debrief {id} on the record. They may want to talk it through with you.";
    public static string DeletedLeavingTombstone(string id) => $"Deleted {id}. A note that it existed (what and when, not your text) stays on the record.";
    public static string NotDeleted(string id) => $"Kept {id}.";
    public static string TooLateToDelete(string id, TimeSpan window)
        => $"{id} was saved more than {window.TotalHours:0} hours ago, so it can no longer be deleted here. If it needs correcting, please talk to your supervisor.";

    public static string Unfinished(string ago, string? clientCode)
        => $"You have an unfinished debrief from {ago}{(clientCode is null ? string.Empty : $" (client {clientCode})")}. Say debrief to continue it or discard to drop it.";
    public const string NothingInProgress = "No debrief in progress. Say debrief to start one, or ask me a question.";
    public const string PrivateOnly = "Debriefs and your saved summaries are private, so I only do them in a 1:1 chat with you. Open a chat with me and say debrief there. Here I can still answer questions about the standard.";
    public const string OpenPersonalChat = "Open a 1:1 chat";
    public const string NothingToConfirm = "There is nothing waiting to be confirmed. Say my debriefs to see what is saved.";
}
