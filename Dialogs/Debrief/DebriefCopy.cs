using AllianceBot.Prompts.Detection;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Everything the debrief says, in one place, for the clinical lead to read and edit.
/// Plain strings; the few that take values are small methods. No step code holds its own text.
/// Markdown: Teams and the Agents Playground render it, and a single newline shows as a space, so
/// lists use a blank line or "\n\n".
/// </summary>
public static class DebriefCopy
{
    // ---- Start and privacy ---------------------------------------------------------------------
    public static string Privacy(string? supervisorName) => supervisorName is null
        ? "Let's debrief. Only you will see what is saved (no supervisor is on the roster for you). Name the client only by a code. If you describe a serious boundary concern, I will urge you to talk to a supervisor straight away."
        : $"Let's debrief. A summary is saved for you and your supervisor, {supervisorName}. Name the client only by a code. If you describe a serious boundary concern, {supervisorName} is notified at once when you confirm.";

    /// <summary>Stands in the record for a crisis typed where no answer is kept (the words themselves are not stored there).</summary>
    public const string CrisisDuringDebrief = "Imminent risk was reported during this debrief; the safety steps were shown.";

    public const string QuickPrivacyNote = "Saved for you and the supervisor on your roster (or only you if there is none). Use a client code, never a name.";

    // ---- Basics ----------------------------------------------------------------------------------
    public const string BasicsTitle = "The basics";
    public const string AskClientCode = "Which client? Give the client code you use (for example C-104), not their name. You can also fill in the card.";
    public const string ClientCodeLooksPersonal = "That looks like a name, an email or a phone number. To keep your client private, please give a code instead, for example C-104.";
    public const string ClientCodeInvalid = "A client code is short and has no spaces, for example C-104. What code do you use for this client?";
    public const string ClientCodeLabel = "Client code (not a name)";
    public const string ClientCodePlaceholder = "e.g. C-104";

    public const string AskDate = "When was the appointment? Say today, yesterday, a weekday such as Tuesday, or a date such as 2026-11-20.";
    public const string DateLabel = "Date of the appointment";
    public const string DateInvalid = "I couldn't read that date. Try today, yesterday, a weekday such as Tuesday, or a date such as 2026-11-20.";
    public const string DateInFuture = "That date is in the future. When did the appointment take place?";
    public const string DateTooOld = "That is more than a year ago. Please give the date of a recent appointment.";
    public static string DateAmbiguous(DateOnly first, DateOnly second)
        => $"Did you mean {first:d MMMM} or {second:d MMMM}? Please type it as {first:yyyy-MM-dd} or {second:yyyy-MM-dd}.";
    public const string Today = "Today";
    public const string Yesterday = "Yesterday";

    public const string AskKind = "What kind of session was it: first, ongoing or closing?";
    public const string KindLabel = "Kind of session";
    public const string KindInvalid = "Please choose first, ongoing or closing.";
    public static string KindName(SessionKind kind) => kind switch
    {
        SessionKind.First => "First",
        SessionKind.Closing => "Closing",
        _ => "Ongoing",
    };

    public const string AskSetting = "Was it in person, by video or by phone?";
    public const string SettingLabel = "Setting";
    public const string SettingInvalid = "Please choose in person, video or phone.";
    public static string SettingName(SessionSetting setting) => setting switch
    {
        SessionSetting.Video => "Video",
        SessionSetting.Phone => "Phone",
        _ => "In person",
    };

    // ---- What happened ---------------------------------------------------------------------------
    public const string AskNarrative = "What happened? In your own words: what stood out, what was hard. A few sentences are enough.";
    public const string NarrativeTooShort = "Tell me a little more: a sentence or two about what happened.";
    public const string NarrativeLabel = "What happened, in your own words";

    // ---- Ratings ---------------------------------------------------------------------------------
    public const string RatingsIntro = "Now your own reflection on the working alliance: how it felt to you, not a measure of the client. 1 = not at all, 2 = a little, 3 = partly, 4 = mostly, 5 = fully. You can type all three at once, like 4 3 5.";
    public const string AskGoals = "How far do you and the client agree on what you are working towards?";
    public const string AskTasks = "How far do you agree on how you work together: the tasks, and who does what?";
    public const string AskBond = "How is the bond between you: the trust and the sense of working together?";
    public const string GoalsLabel = "Agreement on goals (your view, 1-5)";
    public const string TasksLabel = "Agreement on tasks and roles (your view, 1-5)";
    public const string BondLabel = "Bond and trust (your view, 1-5)";
    public static readonly IReadOnlyList<string> RatingAnchors = ["1 not at all", "2 a little", "3 partly", "4 mostly", "5 fully"];
    public static string RatingOutOfRange(int value) => $"{value} is outside the scale. Please choose a whole number from 1 (not at all) to 5 (fully).";
    public static string RatingFraction(int value, int outOf) => outOf == 5 && value is >= 1 and <= 5
        ? $"Just the number, please: for {value}/5, type {value}."
        : $"Please use the 1 to 5 scale on its own: a whole number from 1 (not at all) to 5 (fully).";
    public const string RatingNotANumber = "I need a whole number from 1 (not at all) to 5 (fully), or all three at once like 4 3 5.";

    // ---- The standard ----------------------------------------------------------------------------
    public const string AskStandard = "Which of these happened? Tick what applies, or type the numbers (for example 1, 3) or none.";
    public const string StandardLabel = "What happened in the session";
    public static string StandardInvalid(int count) => $"Please type numbers from 1 to {count} separated by commas, the codes (P4, P8), or none.";

    // ---- Boundaries ------------------------------------------------------------------------------
    public const string AskBoundaries = "A quick boundary check: did any of these happen? Tick any that apply, or type none.";
    public const string BoundariesLabel = "Boundary check (tick any that happened)";
    public static string BoundariesInvalid(int count) => $"Please type none, or numbers from 1 to {count} separated by commas.";
    public const string BoundariesClear = "Thank you. Nothing to flag there.";
    public static string BoundariesDetected(IEnumerable<string> titles) => $"From what you wrote, I also noticed: {string.Join("; ", titles)}.";
    public static string YellowLights(IEnumerable<string> titles) => $"Worth reflecting on with your supervisor: {string.Join("; ", titles)}. Yellow lights are common and naming them is what matters.";
    public static string Violation(IEnumerable<string> titles, string? supervisorName) => supervisorName is null
        ? $"What you describe is a boundary violation ({string.Join("; ", titles)}). Please talk to a supervisor today, not later. It is good that you named it, and you don't have to carry it alone."
        : $"What you describe is a boundary violation ({string.Join("; ", titles)}). Please talk to {supervisorName} today, not later; they will be notified when you confirm this debrief. It is good that you named it, and you don't have to carry it alone.";

    // ---- Reflection and next steps ---------------------------------------------------------------
    public static string AskReflection(string question, string code) => $"A question to sit with ({code}): {question} Answer in a line or two, or say skip.";
    public const string AskNextSteps = "What will you do before or at the next appointment? (or say skip)";
    public const string NextStepsLabel = "Next steps before or at the next appointment";

    // ---- Feedback and summary --------------------------------------------------------------------
    public const string FeedbackTitle = "What I noticed:";
    public const string WentWellTitle = "What went well:";
    public const string NothingNoticed = "Nothing in particular stood out to me. Thank you for taking the time.";
    public static string Bullet(string text, string code) => $"- {text} ({code})";

    public const string PreviewIntro = "Here is your summary. Confirm to save it, Edit to change a part, or Discard.";
    public const string Confirm = "Confirm";
    public const string Edit = "Edit";
    public const string Discard = "Discard";
    public const string PreviewInvalid = "Please say confirm, edit or discard.";
    public static string PreviewHeader(DebriefDraft draft) =>
        $"**Debrief {draft.DebriefId}** · client {draft.ClientCode} · {draft.Date:yyyy-MM-dd} · {KindName(draft.Kind ?? SessionKind.Ongoing)} · {SettingName(draft.Setting ?? SessionSetting.InPerson)}";
    public static string PreviewRatings(int? goals, int? tasks, int? bond) =>
        $"Your ratings: goals {Rating(goals)}, tasks and roles {Rating(tasks)}, bond {Rating(bond)}";
    private static string Rating(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not rated";
    public const string PreviewNarrative = "What happened";
    public const string PreviewNextSteps = "Next steps";
    public const string PreviewNoNextSteps = "none noted";

    public const string AskEditPart = "Which part would you like to change?";
    public const string EditPartInvalid = "Please choose one of the parts listed.";

    public const string AskDiscard = "Discard this debrief? Nothing will be saved.";
    public const string Discarded = "Discarded. Nothing was saved.";
    public const string DraftGone = "That debrief was left unfinished for too long, so its answers were deleted (nothing was saved). Say debrief to start a new one.";
    public const string NotDiscarded = "Kept. Back to your summary.";
    public const string Yes = "Yes";
    public const string No = "No";

    public static string RecordHeader(DebriefRecord record)
        => $"# Debrief {record.DebriefId}\n\n" +
           $"Practitioner: {record.Practitioner.Name ?? record.Practitioner.Id} · Supervisor: {record.Supervisor?.Name ?? "none on the roster"}\n\n" +
           $"Client {record.ClientCode} · {record.Date:yyyy-MM-dd} · {KindName(record.Kind)} session · {SettingName(record.Setting)} · " +
           $"confirmed {record.ConfirmedAt:yyyy-MM-dd HH:mm} UTC · engine {record.EngineVersion}" +
           (record.HasViolation ? "\n\n**Boundary violation recorded: talk with the practitioner now.**" : string.Empty);

    // ---- Saving ----------------------------------------------------------------------------------
    public static string Receipt(string debriefId, string? supervisorName, bool violation) => (supervisorName, violation) switch
    {
        (null, _) => $"Saved as {debriefId}. Only you can see it (say show {debriefId}).",
        (_, true) => $"Saved as {debriefId}. Your supervisor, {supervisorName}, can see it now and has been notified because it records a boundary concern.",
        _ => $"Saved as {debriefId}. Your supervisor, {supervisorName}, can see it from now on, and it will be in their next digest.",
    };
    public const string SaveFailed = "I couldn't save your debrief just now: the storage isn't answering. Nothing is lost, your summary is kept here. Say confirm to try again.";

    // ---- Interruptions ---------------------------------------------------------------------------
    public static string Status(int step, int of, string part) => $"Step {step} of {of}: {part}.";
    public static string Help(string status) => $"{status} Say back to change your last answer, skip to pass over an optional question, status to see where you are, or cancel to stop (your answers are kept).";
    public const string Cancelled = "Debrief stopped. Your answers so far are kept: say debrief to continue, or discard to delete them.";
    public const string CannotSkip = "This one is needed for the record, so it can't be skipped.";
    public const string NothingToGoBackTo = "This is the first question, there is nothing to go back to.";

    public static string Resume(string ago, string? clientCode) => clientCode is null
        ? $"You have an unfinished debrief from {ago}: continue or discard?"
        : $"You have an unfinished debrief from {ago} (client {clientCode}): continue or discard?";
    public const string Continue = "Continue";
    public const string ResumeInvalid = "Please say continue or discard.";
    public const string NoUnfinished = "There is no unfinished debrief to discard.";

    public static string Ago(TimeSpan elapsed) => elapsed switch
    {
        { TotalMinutes: < 2 } => "a moment ago",
        { TotalHours: < 1 } => $"{(int)elapsed.TotalMinutes} minutes ago",
        { TotalHours: < 2 } => "an hour ago",
        { TotalDays: < 1 } => $"{(int)elapsed.TotalHours} hours ago",
        { TotalDays: < 2 } => "yesterday",
        _ => $"{(int)elapsed.TotalDays} days ago",
    };

    /// <summary>Names of the nine parts, as shown by status, help and the edit menu.</summary>
    public static string PartName(DebriefStage stage) => stage switch
    {
        DebriefStage.Basics => "the basics",
        DebriefStage.Narrative => "what happened",
        DebriefStage.Ratings => "ratings",
        DebriefStage.Standard => "the standard",
        DebriefStage.Boundaries => "boundaries",
        DebriefStage.Reflection => "reflection",
        DebriefStage.NextSteps => "next steps",
        DebriefStage.Feedback => "feedback",
        _ => "summary",
    };

    // ---- Quick mode ------------------------------------------------------------------------------
    public const string QuickTitle = "Quick debrief";
    public const string QuickSubmit = "Review summary";
    public const string QuickFixIntro = "Almost there. Please fix these and send the card again (what you entered is kept):";
    public const string QuickNeedsCard = "The quick debrief is a card. Fill it in and press Review summary, or say cancel. For a typed debrief say debrief.";
    public const string QuickReflectionLabel = "Anything you want to reflect on (optional)";
    public const string QuickStandardLabel = "Did these happen? (tick what applies)";
    public static string QuickMissing(string label) => $"{label}: please fill this in.";
    public static string QuickInvalid(string label, string retry) => $"{label}: {retry}";
}
