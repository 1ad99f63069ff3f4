using System.Globalization;
using AllianceBot.Dialogs.Archive;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>The words of a saved debrief's view (show, review) and of a tombstone, for the clinical lead to edit.</summary>
public static class DebriefViewCopy
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public static string Title(string debriefId, string? clientCode) => clientCode is null ? $"Debrief {debriefId}" : $"Debrief {debriefId} \u00b7 client {clientCode}";

    public const string Session = "Session";
    public const string Practitioner = "Practitioner";
    public const string Ratings = "Ratings";
    public const string Saved = "Saved";
    public const string ViolationRecorded = "Boundary violation recorded: talk with the practitioner";
    public const string Findings = "Findings";
    public const string Flagged = "What was flagged";
    public const string StandardDone = "Standard items done";
    public const string PromptsShown = "Prompts shown";

    public static string RatingsValue(int? goals, int? tasks, int? bond) => $"goals {R(goals)} \u00b7 tasks {R(tasks)} \u00b7 bond {R(bond)}";

    public static string Finding(string name, FindingView status, string? evidence, bool supervisor)
    {
        var how = (status, supervisor) switch
        {
            (FindingView.Confirmed, true) => "detected and confirmed by the practitioner",
            (FindingView.Ticked, true) => "ticked by the practitioner",
            (FindingView.Rejected, true) => "detected, **rejected** by the practitioner (unticked in the boundary check)",
            (FindingView.Ratings, _) => "from the ratings",
            (FindingView.Detected, true) => "detected, not confirmed",
            (FindingView.Confirmed, false) => "you confirmed it",
            (FindingView.Ticked, false) => "you ticked it",
            (FindingView.Rejected, false) => "noticed, and you unticked it",
            _ => "noticed in what you wrote",
        };
        return $"{name}: {how}" + (evidence is null ? string.Empty : $", \u201c{evidence}\u201d");
    }

    public static string Tombstone(DebriefTombstone tombstone, bool supervisor)
    {
        ArgumentNullException.ThrowIfNull(tombstone);
        var at = tombstone.At.ToString("d MMM yyyy HH:mm 'UTC'", En);
        var what = string.Join(", ", tombstone.Codes);
        var who = tombstone.By.Name ?? tombstone.By.Id;
        var session = tombstone.Date is { } date ? $" The session was on {date.ToString("d MMM yyyy", En)}." : string.Empty;
        var concern = Prompts.Digests.DigestCopy.Concern(tombstone.RecordsViolation, tombstone.RecordsCrisis);
        return tombstone.Reason switch
        {
            TombstoneReason.Discarded => $"Discarded as a draft on {at} by {who}, after {concern} was described ({what}). Only this note was kept.{session}",
            TombstoneReason.Expired => $"Left unfinished by {who} after {concern} was described ({what}); the draft expired and was deleted on {at}. Only this note was kept.{session}",
            _ => $"Deleted on {at} by {who}" + (tombstone.RequestedBy is { } asked ? $" at the request of {asked.Name ?? asked.Id}" : string.Empty) +
              $". It recorded {what}; this note is all that stays.{session}",
        };
    }

    private static string R(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
