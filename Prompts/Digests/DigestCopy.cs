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
            parts.Add(Count(digest.WarningCount, "warning sign", "warning signs"));
        }
        return string.Join(" · ", parts);
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

    public static string MoreInFullDigest(int more) => $"and {more} more in the full digest";

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
    public const string CommandsUsage = "my practitioners, digest, digest last week, review <id>: for supervisors";

    public const string ShowUsage = "Say \"review\" followed by a debrief id from your digest.";

    public static string MyPractitioners(IEnumerable<(string Name, string Id)> practitioners)
    {
        var lines = practitioners.Select(p => $"- {p.Name}").ToList();
        return lines.Count == 0
            ? NoPractitioners
            : $"You supervise {Count(lines.Count, "practitioner", "practitioners")}:\n\n" + string.Join("\n", lines);
    }

    public static string ViolationAlertTitle(string practitionerName) => $"{practitionerName} has just recorded a debrief with a boundary violation";

    public static string ViolationAlertBody(string code, string evidence)
        => $"{code}: \u201c{evidence}\u201d";

    public const string ViolationAlertAction = "Please contact them before their next session with this client.";

    public static string CrisisAlertTitle(string practitionerName) => $"Safety alert: {practitionerName} has just reported someone at imminent risk";

    public static string CrisisAlertBody(string? clientCode, DateTimeOffset at, bool inDebrief) =>
        (inDebrief && !string.IsNullOrWhiteSpace(clientCode) ? $"Client {clientCode}. " : inDebrief ? "During a debrief. " : "In a chat with the bot. ") +
        $"At {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC. The bot showed them the crisis safety steps (emergency services, the crisis line, the crisis protocol, and to tell you).";

    public const string CrisisAlertAction = "Please contact them now. What they wrote is not part of this alert.";

    private static string Avg(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
