using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Everything the debrief says, in one place, for the clinical lead to read and edit.
/// Plain strings; the few that take values are small methods. No step code holds its own text.
/// Written for a phone: short, plain words, no internal codes (those stay in the record and in what
/// supervisors read). Markdown: Teams and the Agents Playground render it, and a single newline shows
/// as a space, so separate lines use "\n\n".
/// </summary>
public static class DebriefCopy
{
    // ---- Start and privacy ---------------------------------------------------------------------
    public static string Privacy(string? supervisorName) => supervisorName is null
        ? "Let's debrief. Only you will see the summary (no supervisor is on the roster for you). Use a client code, never a name."
        : $"Let's debrief. Saved for you and {supervisorName}; use a client code, never a name.";

    /// <summary>Stands in the record for a crisis typed where no answer is kept (the words themselves are not stored there).</summary>
    public const string CrisisDuringDebrief = "Imminent risk was reported during this debrief; the safety steps were shown.";

    public const string QuickPrivacyNote = "Saved for you and the supervisor on your roster (or only you if there is none). Use a client code, never a name.";

    /// <summary>"Step 3 of 8: " before each question, counted over the steps this debrief really has.</summary>
    public static string Step(int step, int of) => $"Step {step} of {of}: ";

    // ---- Basics ----------------------------------------------------------------------------------
    public const string BasicsTitle = "The basics";
    public const string AskClientCode = "Client and session? Type it like C-104 yesterday ongoing video.";
    public const string ClientCodeLooksPersonal = "That looks like a name, an email or a phone number. To keep your client private, please give a code instead, for example C-104.";
    public const string ClientCodeInvalid = "A client code is short and has no spaces, for example C-104. What code do you use for this client?";
    public const string ClientCodeLabel = "Client code";
    public const string ClientCodePlaceholder = "C-104";

    public const string AskDate = "When was it? Today, yesterday, a weekday or a date such as 2026-11-20.";
    public const string DateLabel = "Date";
    public const string DateInvalid = "I couldn't read that date. Try today, yesterday, a weekday such as Tuesday, or a date such as 2026-11-20.";
    public const string DateInFuture = "That date is in the future. When did the appointment take place?";
    public const string DateTooOld = "That is more than a year ago. Please give the date of a recent appointment.";
    public static string DateAmbiguous(DateOnly first, DateOnly second)
        => $"Did you mean {first:d MMMM} or {second:d MMMM}? Please type it as {first:yyyy-MM-dd} or {second:yyyy-MM-dd}.";
    public const string Today = "Today";
    public const string Yesterday = "Yesterday";

    public const string AskKind = "First, ongoing or closing session?";
    public const string KindLabel = "Session";
    public const string KindInvalid = "Please choose first, ongoing or closing.";
    public static string KindName(SessionKind kind) => kind switch
    {
        SessionKind.First => "First",
        SessionKind.Closing => "Closing",
        _ => "Ongoing",
    };

    public const string AskSetting = "In person, video or phone?";
    public const string SettingLabel = "Setting";
    public const string SettingInvalid = "Please choose in person, video or phone.";
    public static string SettingName(SessionSetting setting) => setting switch
    {
        SessionSetting.Video => "Video",
        SessionSetting.Phone => "Phone",
        _ => "In person",
    };

    // ---- What happened ---------------------------------------------------------------------------
    public const string AskNarrative = "What happened? What stood out, what was hard?";
    public const string NarrativeTooShort = "Tell me a little more: a sentence or two about what happened.";
    public const string NarrativeLabel = "What happened, in your own words";

    // ---- Ratings ---------------------------------------------------------------------------------
    public const string RatingsIntro = "Your own view of the alliance, 1 (not at all) to 5 (fully). You can type all three at once, like 4 3 5.";
    public const string AskGoals = "Your view from 1 (not at all) to 5 (fully): agreed goals, agreed tasks, the bond? Type them like 4 3 5.";
    public const string AskTasks = "And tasks and roles, 1 to 5?";
    public const string AskBond = "And the bond, 1 to 5?";
    public const string GoalsLabel = "Goals";
    public const string TasksLabel = "Tasks";
    public const string BondLabel = "Bond";
    public static readonly IReadOnlyList<string> RatingAnchors = ["1 not at all", "2 a little", "3 partly", "4 mostly", "5 fully"];
    public static string RatingOutOfRange(int value) => $"{value} is outside the scale. Please choose a whole number from 1 (not at all) to 5 (fully).";
    public static string RatingFraction(int value, int outOf) =>
        $"{value} out of {outOf} is not on the 1 to 5 scale. Please give a whole number from 1 (not at all) to 5 (fully).";
    public const string RatingNotANumber = "I need a whole number from 1 (not at all) to 5 (fully), or all three at once like 4 3 5 (or goals 4 tasks 3 bond 5).";

    // ---- The standard ----------------------------------------------------------------------------
    public const string StandardLabel = "What you did";
    public const string AskStandard = "What did you do? Tick, or type the numbers.";

    public static string StandardInvalid(int count) => $"Please type numbers from 1 to {count} separated by commas, or none.";

    /// <summary>
    /// The standard's items as a phone checkbox reads them. A code missing here falls back to the
    /// knowledge base's longer question, so an item added there still shows.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> StandardChecks = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["P1"] = "On time; respected their values",
        ["P2"] = "Quiet space; greeted them by name",
        ["P3"] = "Worked on a barrier to rapport",
        ["P4"] = "Talked through your roles",
        ["P5"] = "They agreed to work together",
        ["P6"] = "Full attention, room to lead",
        ["P7"] = "They took part and agreed steps",
        ["P8"] = "Clear follow-up and next steps",
        ["P9"] = "Planned a check-in between sessions",
    };

    // ---- Boundaries ------------------------------------------------------------------------------
    public const string AskBoundaries = "Boundary check: did any of these happen? Tick them, or tap None.";
    public static string AskBoundariesTicked(IReadOnlyList<int> numbers) =>
        $"Boundary check. From what you wrote, {Numbers(numbers)} {(numbers.Count == 1 ? "seems" : "seem")} to apply: untick any that did not happen, or type ok.";
    public const string BoundariesLabel = "Did any of these happen?";
    public static string BoundariesInvalid(int count) => $"Please type none, ok, or numbers from 1 to {count} separated by commas.";
    public const string BoundariesClear = "Thank you, nothing to flag.";
    public static string YellowLights(IEnumerable<string> titles) => $"Worth taking to supervision: {string.Join("; ", titles)}.";
    public static string Violation(IEnumerable<string> titles, string? supervisorName) => supervisorName is null
        ? $"This is a boundary violation ({string.Join("; ", titles)}). Please talk to a supervisor today. It is good that you named it; you don't have to carry it alone."
        : $"This is a boundary violation ({string.Join("; ", titles)}). Please talk to {supervisorName} today; they are told when you confirm. It is good that you named it; you don't have to carry it alone.";

    /// <summary>The boundary check as a phone checkbox reads it; a code missing here falls back to the knowledge base's question.</summary>
    public static readonly IReadOnlyDictionary<string, string> BoundaryChecks = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["BS-TIME"] = "More time than they needed",
        ["BS-SELECT"] = "Looks or status swayed a choice",
        ["BS-SELFDISCLOSE"] = "Shared my own problems",
        ["BS-DRESS"] = "Dressed with them in mind",
        ["BS-THOUGHTS"] = "Thought of them outside work",
        ["BS-CONTACT"] = "Shared personal number or social media",
        ["BS-PROLONG"] = "Kept going when it should end",
        ["BV-ROMANCE"] = "Anything romantic or sexual",
        ["BV-DUAL"] = "A business or other second relationship",
        ["BV-GIFT"] = "A gift of real value",
        ["BV-EXPLOIT"] = "Used them for my own benefit",
    };

    // ---- Next steps and supervision ------------------------------------------------------------
    public const string AskNextSteps = "Next steps, before or at the next appointment?";
    public const string NextStepsLabel = "Next steps";
    public static string AskSupervision(string? reflection) => reflection is null
        ? "Anything to bring to supervision? (optional)"
        : $"To sit with: {reflection} Anything to bring to supervision? (optional)";
    public const string SupervisionLabel = "What I want to bring to supervision (optional)";
    public const string Skip = "Skip";
    public const string None = "None";
    public const string Done = "Next";

    // ---- Feedback and summary --------------------------------------------------------------------
    public const string FeedbackTitle = "What I noticed:";
    public const string WentWellTitle = "Went well:";
    public const string NothingNoticed = "Nothing in particular stood out to me. Thank you for taking the time.";
    public static string Bullet(string text) => $"- {text}";

    public const string PreviewIntro = "Save it?";
    public const string Confirm = "Confirm";
    public const string Edit = "Edit";
    public const string Discard = "Discard";
    public const string PreviewInvalid = "Please say confirm, edit or discard.";
    public static string PreviewHeader(DebriefDraft draft) =>
        $"**Your summary** · {draft.ClientCode} · {draft.Date:d MMM} · {KindName(draft.Kind ?? SessionKind.Ongoing).ToLowerInvariant()} · {SettingName(draft.Setting ?? SessionSetting.InPerson).ToLowerInvariant()}";
    public static string PreviewRatings(int? goals, int? tasks, int? bond) =>
        $"Ratings: goals {Rating(goals)}, tasks {Rating(tasks)}, bond {Rating(bond)}";
    private static string Rating(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
    public const string PreviewNarrative = "What happened";
    public const string PreviewNextSteps = "Next steps";
    public const string PreviewNoNextSteps = "none noted";
    public const string PreviewSupervision = "For supervision";

    public const string AskEditPart = "Which part would you like to change?";
    public const string EditPartInvalid = "Please choose one of the parts listed.";

    public const string AskDiscard = "Discard this debrief? Nothing will be saved.";
    public const string Discarded = "Discarded. Nothing was saved.";
    public const string DraftGone = "That debrief was left unfinished for too long, so its answers were deleted (nothing was saved). Say debrief to start a new one.";
    public const string DraftGoneButTold = "That debrief was left unfinished for too long, so its answers were deleted. Because it mentioned a serious concern, a short note (what and when, none of your words) was kept and your supervisor was told. Say debrief to start a new one.";
    public static string DiscardedButTold(string? supervisorName, string concern = DigestCopy.ViolationConcern) => supervisorName is null
        ? $"Discarded. Because you described {concern}, a note that it was discarded (what and when, not your text) stays on the record. Please talk to a supervisor today."
        : $"Discarded. Because you described {concern}, {supervisorName} has been told what you described and that the debrief was discarded. Please talk to them today.";
    public const string DiscardFailed = "I couldn't discard it just now: the storage isn't answering. Your draft is kept; say discard again in a moment.";
    public const string NotDiscarded = "Kept. Back to your summary.";
    public const string Yes = "Yes";
    public const string No = "No";

    public static string RecordHeader(DebriefRecord record)
        => $"# Debrief {record.DebriefId}\n\n" +
           $"Practitioner: {record.Practitioner.Name ?? record.Practitioner.Id} · Supervisor: {record.Supervisor?.Name ?? "none on the roster"}\n\n" +
           $"Client {record.ClientCode} · {record.Date:yyyy-MM-dd} · {KindName(record.Kind)} session · {SettingName(record.Setting)} · " +
           $"confirmed {record.ConfirmedAt:yyyy-MM-dd HH:mm} UTC · engine {record.EngineVersion}" +
           (record.HasViolation ? "\n\n**Boundary violation recorded: talk with the practitioner now.**" : string.Empty) +
           (record.Findings.Where(f => f.Rejected).Select(f => f.Code).Distinct().ToList() is { Count: > 0 } rejected
               ? $"\n\nDetected but unticked by the practitioner: {string.Join(", ", rejected)}"
               : string.Empty) +
           (string.IsNullOrWhiteSpace(record.BringToSupervision) ? string.Empty : $"\n\nTo bring to supervision: {record.BringToSupervision}");

    // ---- Saving ----------------------------------------------------------------------------------
    public static string Receipt(string debriefId, string? supervisorName, bool violation) => (supervisorName, violation) switch
    {
        (null, _) => $"Saved as {debriefId}. Only you can see it (say show {debriefId}).",
        (_, true) => $"Saved as {debriefId}. {supervisorName} can see it now and has been told, because it records a boundary violation.",
        _ => $"Saved as {debriefId}. {supervisorName} will see it in their next digest.",
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

    /// <summary>Names of the steps, as shown by status, help and the edit menu.</summary>
    public static string PartName(DebriefStage stage) => stage switch
    {
        DebriefStage.Basics => "the basics",
        DebriefStage.Narrative => "what happened",
        DebriefStage.Ratings => "ratings",
        DebriefStage.Standard => "what you did",
        DebriefStage.Boundaries => "boundary check",
        DebriefStage.NextSteps => "next steps",
        DebriefStage.Supervision => "for supervision",
        _ => "summary",
    };

    public const string QuickCardStep = "the card";

    // ---- Quick mode ------------------------------------------------------------------------------
    public const string QuickTitle = "Quick debrief";
    public const string QuickSubmit = "Review summary";
    public const string QuickFixIntro = "Almost there. Please fix these and send the card again (what you entered is kept):";
    public const string QuickNeedsCard = "The quick debrief is a card. Fill it in and press Review summary, or say cancel. For a typed debrief say debrief.";
    public const string QuickReflectionLabel = "Anything you want to reflect on (optional)";
    public const string QuickStandardLabel = "What you did (tick what applies)";
    public static string QuickMissing(string label) => $"{label}: please fill this in.";
    public static string QuickInvalid(string label, string retry) => $"{label}: {retry}";

    /// <summary>"1, 3 and 6".</summary>
    public static string Numbers(IReadOnlyList<int> numbers) => numbers.Count switch
    {
        0 => string.Empty,
        1 => numbers[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => string.Join(", ", numbers.Take(numbers.Count - 1)) + " and " + numbers[^1],
    };
}
