using System.Globalization;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// Everything a supervisor reads (digest, chat answers, alerts), in one place so the wording can be
/// reviewed and changed without touching logic. Supervisors are busy: short, plain, action first.
/// </summary>
public static class DigestCopy
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public static string Title(DigestPeriod period) => period.Kind == DigestPeriodKind.Day
        ? $"Debrief digest for {period.Start.ToString("dddd d MMMM yyyy", En)}"
        : $"Weekly debrief digest, {PeriodRange(period)}";

    public static string PeriodRange(DigestPeriod period) => period.Start == period.End
        ? period.Start.ToString("d MMM yyyy", En)
        : $"{period.Start.ToString("d MMM", En)} to {period.End.ToString("d MMM yyyy", En)}";

    public static string Headline(Digest digest)
    {
        var parts = new List<string> { Count(digest.DebriefCount, "debrief", "debriefs") + $" from {Count(digest.Practitioners.Count, "practitioner", "practitioners")}" };
        if (digest.ViolationCount > 0)
        {
            parts.Add(Count(digest.ViolationCount, "violation needs", "violations need") + " your attention");
        }
        if (digest.WarningCount > 0)
        {
            parts.Add(Count(digest.WarningCount, "boundary sign", "boundary signs") + " ticked or confirmed");
        }
        if (digest.LateEntries.Count > 0)
        {
            parts.Add(Count(digest.LateEntries.Count, "debrief", "debriefs") + " entered late");
        }
        return string.Join(" \u00b7 ", parts);
    }

    public const string NoPractitioners = "Nobody is on the roster under your name yet, so there is nothing to digest.";
    public const string NoDebriefs = "No debriefs in this period.";
    public const string AgendaHeading = "Suggested agenda for your next supervision meeting";
    public const string NothingOnAgenda = "Nothing pressing: use the time for what your practitioners bring.";
    public const string FindingsHeading = "Findings";
    public const string FollowUpsHeading = "Unclear follow-ups";
    public const string RatingsHeading = "Self-rated alliance (1-5)";
    public const string ChartCaption = "Daily average self-ratings, previous period and this one";
    public const string ChartThisPeriod = "this period";
    public const string NoFollowUpSteps = "No next steps recorded";
    public const string Goals = "Goals";
    public const string Tasks = "Tasks";
    public const string Bond = "Bond";

    public static string DebriefCount(int count, int previous)
        => $"{Count(count, "debrief", "debriefs")} (previous period: {previous})";

    public static string UnclearFollowUp(string evidence) => $"Follow-up unclear: \u201c{evidence}\u201d";

    public static string Severity(Severity severity) => severity switch
    {
        Detection.Severity.Violation => "Violation",
        Detection.Severity.Warning => "Warning",
        _ => "Note",
    };

    public static string Rating(RatingTrend trend) => trend.Direction switch
    {
        TrendDirection.None => "not rated",
        TrendDirection.New => $"{Avg(trend.Average)} (no earlier ratings)",
        TrendDirection.Up => $"{Avg(trend.Average)} \u2191 from {Avg(trend.PreviousAverage)}",
        TrendDirection.Down => $"{Avg(trend.Average)} \u2193 from {Avg(trend.PreviousAverage)}",
        _ => $"{Avg(trend.Average)} \u2192 steady ({Avg(trend.PreviousAverage)})",
    };

    public static string Reference(string debriefId, DateOnly date, string archivePath)
        => $"Debrief {debriefId}, {date.ToString("d MMM", En)} \u00b7 {archivePath}";

    public static string Reference(string debriefId, DateOnly date) => $"Debrief {debriefId}, {date.ToString("d MMM", En)}";

    public static string MoreInFullDigest(int more) => $"and {more} more in the full digest";

    // ---- Meeting preparation ---------------------------------------------------------------------
    public const string StatusHeading = "Your practitioners";
    public const string FallingHeading = "Clients whose alliance is falling";
    public const string RecurringHeading = "Recurring over the last four weeks";
    public const string WishesHeading = "What they want to bring to supervision";
    public const string LateHeading = "Entered late (in no earlier digest)";
    public const string RemovedHeading = "Removed from the record";

    public static string StatusLabel(PractitionerStatus status) => status switch
    {
        PractitionerStatus.NeedsAttention => "Needs attention",
        PractitionerStatus.Watch => "Watch",
        _ => "Fine",
    };

    public static string StatusLine(PractitionerDigest p) => $"**{p.Name}** \u00b7 {StatusLabel(p.Status)}: {string.Join("; ", p.Reasons)}";

    public static string ActivityLine(PractitionerDigest p) => p.LastDebrief is { } last
        ? $"{Count(p.DebriefCount, "debrief", "debriefs")} this period \u00b7 last {last.ToString("d MMM", En)}"
        : $"{Count(p.DebriefCount, "debrief", "debriefs")} this period \u00b7 none yet";

    public static string FindingLabel(FindingStatus status) => status switch
    {
        FindingStatus.Confirmed => "confirmed",
        FindingStatus.SelfReported => "ticked",
        FindingStatus.Rating => "ratings",
        _ => "detected",
    };

    /// <summary>Plain words for a code, as a supervisor reads it beside the code.</summary>
    public static string ShortName(string code) => ShortNames.TryGetValue(code, out var name) ? name : code;

    public static string Named(string code) => ShortNames.ContainsKey(code) ? $"{ShortName(code)} ({code})" : code;

    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BS-TIME"] = "time beyond therapeutic need",
        ["BS-SELECT"] = "choosing clients for looks or status",
        ["BS-SELFDISCLOSE"] = "sharing own personal problems",
        ["BS-DRESS"] = "dressing to attract",
        ["BS-THOUGHTS"] = "thinking of the client outside work",
        ["BS-CONTACT"] = "personal contact details shared",
        ["BS-PROLONG"] = "continuing when the work should end",
        ["BV-ROMANCE"] = "romantic or sexual involvement",
        ["BV-DUAL"] = "dual or business relationship",
        ["BV-GIFT"] = "gift of value",
        ["BV-EXPLOIT"] = "exploiting the client",
        ["AC-GOALS"] = "no agreed goals",
        ["AC-TASKS"] = "unclear tasks or roles",
        ["AC-BOND"] = "weak bond or trust",
        ["AC-RUSHED"] = "rushed or one-sided session",
        ["AC-DROP"] = "ratings dropped",
        ["AC-FOLLOWUP"] = "unclear follow-up",
    };

    private static string Clients(IReadOnlyCollection<string> clients) => clients.Count == 0 ? string.Empty : $" ({string.Join(", ", clients)})";

    public static string ReasonViolations(int count, IReadOnlyCollection<string> clients) => Count(count, "boundary violation", "boundary violations") + Clients(clients);
    public static string ReasonOpenAlerts(int count) => Count(count, "alert", "alerts") + " not acknowledged";
    public static string ReasonRecurring(string code, int debriefs) => $"{ShortName(code)} in {debriefs} debriefs over 4 weeks";
    public const string ReasonLateViolation = "a late entry records a violation";
    public static string ReasonRemoved(int count) => Count(count, "debrief", "debriefs") + " with a violation or a crisis removed from the record";
    public static string ReasonFinding(string code, IReadOnlyCollection<string> clients) => ShortName(code) + Clients(clients);
    public static string ReasonFalling(string client) => $"alliance falling with {client}";
    public static string ReasonFollowUps(int count) => Count(count, "debrief", "debriefs") + " without clear next steps";
    public const string ReasonNoDebriefYet = "no debriefs yet";
    public static string ReasonQuiet(int days) => $"no debrief for {days} days";
    public static string ReasonLate(int count) => Count(count, "debrief", "debriefs") + " entered late";
    public static string ReasonFine(int debriefs) => debriefs == 0 ? "nothing open" : Count(debriefs, "debrief", "debriefs") + ", nothing flagged";

    public static string FallingLine(string client, string practitioner, IReadOnlyList<RatingDrop> drops, DateOnly? since) => drops.Count == 0
        ? $"{client} ({practitioner}): ratings dropped since the previous debrief"
        : $"{client} ({practitioner}): {string.Join(", ", drops.Select(d => $"{d.Name} {d.From}\u2192{d.To}"))}" + (since is { } s ? $" since {s.ToString("d MMM", En)}" : string.Empty);

    public static string ClientRatings(ClientRating r) => $"{r.Date.ToString("d MMM", En)}: {R(r.Goals)}/{R(r.Tasks)}/{R(r.Bond)}";

    private static string R(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    public static string RecurringLine(string practitioner, string code, int debriefs, IReadOnlyCollection<string> clients)
        => $"{practitioner}: {Named(code)} in {debriefs} debriefs over the last four weeks{Clients(clients)}";

    public static string Wish(SupervisionWish wish) => $"\u201c{wish.Text}\u201d" + (wish.ClientCode is null ? string.Empty : $" ({wish.ClientCode}, {wish.Date.ToString("d MMM", En)})");

    public static string AgendaWish(string practitioner, SupervisionWish wish) => $"{practitioner} wants to bring: {Wish(wish)}";

    public static string AgendaFallingClient(FallingClient client) => $"Ask what changed with {client.ClientCode}: {client.Line}.";

    public static string AgendaClients(string text, IReadOnlyCollection<string> clients)
        => clients.Count == 0 ? text : $"{text.TrimEnd('.')} ({string.Join(", ", clients)}).";

    public static string LateLine(LateEntry entry)
        => $"{entry.PractitionerName}: debrief {entry.DebriefId} for {entry.Date.ToString("d MMM", En)}" +
           (entry.ConfirmedAt is { } at ? $", entered {at.ToString("d MMM", En)}" : string.Empty) +
           (entry.ClientCode is null ? string.Empty : $", client {entry.ClientCode}") +
           (entry.Codes.Count == 0 ? string.Empty : $": {string.Join(", ", entry.Codes)}");

    public static string AgendaLate(LateEntry entry) => $"Entered late: {LateLine(entry)}.";

    public static string RemovedLine(DigestRemoval removal, string practitioner) => removal.Expired
        ? $"{practitioner} left a draft unfinished after describing {string.Join(", ", removal.Codes)}" +
          (removal.ClientCode is null ? string.Empty : $" (client {removal.ClientCode})") + $"; it expired {removal.At.ToString("d MMM HH:mm 'UTC'", En)}"
        : removal.Discarded
        ? $"{practitioner} discarded a draft after describing {string.Join(", ", removal.Codes)}" +
          (removal.ClientCode is null ? string.Empty : $" (client {removal.ClientCode})") + $", {removal.At.ToString("d MMM HH:mm 'UTC'", En)}"
        : $"Debrief {removal.DebriefId} of {practitioner}" + (removal.ClientCode is null ? string.Empty : $" (client {removal.ClientCode})") +
          $", recording {string.Join(", ", removal.Codes)}, deleted by {removal.By}" +
          (removal.RequestedBy is null ? string.Empty : $" at {removal.RequestedBy}'s request") + $", {removal.At.ToString("d MMM HH:mm 'UTC'", En)}";

    public static string AgendaQuiet(string name, int days) => $"Check in with {name}: no debrief for {days} days.";

    /// <summary>The agenda item for a finding code, in plain words about the practitioner.</summary>
    public static string AgendaFor(string code, string name, int times)
    {
        var often = times > 1 ? $" ({times} debriefs)" : string.Empty;
        return code switch
        {
            "BV-ROMANCE" => $"Talk with {name} now about a possible romantic or sexual boundary crossing{often}, and agree on safe next steps for the client.",
            "BV-DUAL" => $"Review a dual or business relationship with a client that {name} described{often}, and how to end or refer it.",
            "BV-GIFT" => $"Discuss a gift of value between {name} and a client{often}, and what to do about it.",
            "BV-EXPLOIT" => $"Talk with {name} now about a possible exploitation of a client{often}.",
            "BS-TIME" => $"Explore with {name} why sessions ran beyond what the work needed{often}.",
            "BS-SELECT" => $"Reflect with {name} on how clients are chosen or prioritised{often}.",
            "BS-SELFDISCLOSE" => $"Talk with {name} about sharing personal problems with clients{often}.",
            "BS-DRESS" => $"Reflect with {name} on self-presentation with a particular client{often}.",
            "BS-THOUGHTS" => $"Make room for {name} to talk about a client who is on their mind outside the work{often}.",
            "BS-CONTACT" => $"Check with {name} about personal contact details shared with a client{often}.",
            "BS-PROLONG" => $"Review with {name} whether work with a client should be drawing to a close{often}.",
            "AC-GOALS" => $"Help {name} agree clearer goals with clients{often}.",
            "AC-TASKS" => $"Clarify with {name} the tasks and roles in their sessions{often}.",
            "AC-BOND" => $"Explore with {name} where trust or the bond with a client feels weak{often}.",
            "AC-RUSHED" => $"Talk with {name} about sessions that felt rushed or one-sided{often}.",
            "AC-DROP" => $"Look with {name} at a client whose alliance ratings dropped{often}.",
            _ when code.StartsWith("BV-", StringComparison.Ordinal) => $"Talk with {name} now about a boundary violation ({code}){often}.",
            _ when code.StartsWith("BS-", StringComparison.Ordinal) => $"Reflect with {name} on a boundary warning sign ({code}){often}.",
            _ => $"Discuss {code} with {name}{often}.",
        };
    }

    public static string AgendaFollowUps(string name, int count)
        => $"Agree with {name} on concrete next steps: {Count(count, "debrief has", "debriefs have")} no clear follow-up.";

    public static string AgendaFalling(string name, IEnumerable<string> parts)
        => $"Ask {name} what is behind the drop in their self-rated {string.Join(" and ", parts)}.";

    public static string AgendaSilent(string name, int previous)
        => $"Check in with {name}: no debriefs this period ({previous} in the previous one).";

    // Chat answers.
    public const string NotOnRoster = "You are not on the roster as a supervisor, so there is nothing to show you.";
    public const string NotFound = "I could not find that debrief.";
    public const string DigestQueued = "Here is your digest.";
    public const string CommandsUsage = "my practitioners, digest [name], digest last week [name], review <id>: for supervisors";

    public const string ShowUsage = "Say \"review\" followed by a debrief id from your digest.";

    /// <summary>"my practitioners": each one's status and why, the last debrief and this week's count.</summary>
    public static string MyPractitioners(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return $"You supervise {Count(digest.Practitioners.Count, "practitioner", "practitioners")}:\n\n" +
               string.Join("\n", digest.Practitioners.Select(p => $"- {StatusLine(p)} \u00b7 {LastAndWeek(p)}"));
    }

    private static string LastAndWeek(PractitionerDigest p)
        => (p.LastDebrief is { } last ? $"last debrief {last.ToString("d MMM", En)}" : "no debriefs yet") + $" \u00b7 {p.DebriefCount} this week";

    public static string NoSuchPractitioner(string typed, IEnumerable<string> names)
        => $"None of your practitioners matches \u201c{typed}\u201d. You supervise: {string.Join(", ", names.Order(StringComparer.OrdinalIgnoreCase))}.";

    public static string ViolationAlertTitle(string practitionerName) => $"{practitionerName} has just recorded a debrief with a boundary violation";

    public static string ViolationAlertBody(string code, string evidence)
        => $"{code}: \u201c{evidence}\u201d";

    public const string ViolationAlertAction = "Please contact them before their next session with this client.";

    public static string CrisisAlertTitle(string practitionerName) => $"Safety alert: {practitionerName} has just reported someone at imminent risk";

    public static string CrisisAlertBody(string? clientCode, DateTimeOffset at, bool inDebrief) =>
        (inDebrief && !string.IsNullOrWhiteSpace(clientCode) ? $"Client {clientCode}. " : inDebrief ? "During a debrief. " : "In a chat with the bot. ") +
        $"At {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC. The bot showed them the crisis safety steps (emergency services, the crisis line, the crisis protocol, and to tell you).";

    public const string CrisisAlertAction = "Please contact them now. What they wrote is not part of this alert.";

    /// <summary>On a discard or deletion alert about a debrief in which imminent risk was reported.</summary>
    public const string CrisisInDebrief = "Imminent risk to someone was reported in this debrief, and the bot showed them the crisis safety steps. What they wrote is not part of this alert.";

    public const string ViolationConcern = "a boundary violation";
    public const string CrisisConcern = "imminent risk to someone";

    /// <summary>What made a debrief one that must reach the supervisor, as the titles and the practitioner's answers name it.</summary>
    public static string Concern(bool violation, bool crisis) => (violation, crisis) switch
    {
        (true, true) => $"{ViolationConcern} and {CrisisConcern}",
        (false, true) => CrisisConcern,
        _ => ViolationConcern,
    };

    public static string DiscardedAlertTitle(string practitionerName, string concern = ViolationConcern) => $"{practitionerName} discarded a debrief after describing {concern}";

    public const string DiscardedAlertAction = "The draft is gone; a note of what and when stays on the record. Please contact them before their next session with this client.";

    public static string ExpiredAlertTitle(string practitionerName, string concern = ViolationConcern) => $"{practitionerName} left a debrief unfinished after describing {concern}; it has expired";

    public const string ExpiredAlertAction = "The draft was untouched for too long and has been deleted; a note of what and when stays on the record. Please contact them before their next session with this client.";

    public static string DeletionRequestTitle(string practitionerName, string concern = ViolationConcern) => $"{practitionerName} asks to delete a debrief that records {concern}";

    public const string DeletionRequestAction = "It stays on the record until you decide. Review it first if you wish.";

    public static string AlertReference(string debriefId, string? clientCode, DateOnly? date)
        => $"Debrief {debriefId}" + (clientCode is null ? string.Empty : $" \u00b7 client {clientCode}") + (date is { } d ? $" \u00b7 {d.ToString("d MMM", En)}" : string.Empty);

    public static string AlertReminder(TimeSpan since)
        => $"Reminder: not acknowledged yet (sent {Hours(since)} ago).";

    public const string ReviewButton = "Review";
    public const string AcknowledgeButton = "Acknowledge";
    public const string ApproveDeleteButton = "Delete it";
    public const string KeepRecordButton = "Keep it";
    public const string FullDigestButton = "Open the full digest";

    public static string Acknowledged(string practitionerName) => $"Acknowledged. No more reminders about this alert for {practitionerName}.";
    public static string AlreadyAcknowledged(DateTimeOffset at) => $"You acknowledged this alert already ({at.ToString("d MMM HH:mm 'UTC'", En)}).";
    public const string AlertNotFound = "I could not find that alert among yours.";
    public const string AcknowledgeUsage = "Say acknowledge followed by the alert's id, or tap Acknowledge on the alert.";

    public static string DeletionApproved(string debriefId, string practitionerName)
        => $"Deleted {debriefId}. A note of it (what, who asked, who deleted, when) stays on the record, and {practitionerName} has been told.";
    public static string DeletionKept(string debriefId, string practitionerName) => $"Kept {debriefId} on the record. {practitionerName} has been told.";
    public const string YourSupervisor = "Your supervisor";
    public const string PageRefused = "This link does not open a digest. Open the digest from your chat with AllianceBot in Teams.";
    public const string PageExpired = "This link has expired. In your chat with AllianceBot in Teams, say digest (or digest last week) for a fresh one.";
    public const string DeletionNotYours = "Only the practitioner's supervisor can decide on deleting that debrief.";

    private static string Hours(TimeSpan span) => span.TotalHours >= 1.5
        ? $"{Math.Round(span.TotalHours):0} hours"
        : $"{Math.Max(1, (int)Math.Round(span.TotalMinutes))} minutes";

    private static string Avg(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
