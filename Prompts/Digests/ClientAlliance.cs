using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// Reads a practitioner's last four weeks client by client: whose self-rated alliance fell (the
/// client's last debrief in the period against the one before it), and which concerns came back in
/// two or more debriefs.
/// </summary>
internal static class ClientAlliance
{
    private const string DropCode = "AC-DROP";
    private const int ShownRatings = 3;

    public static IEnumerable<FallingClient> Falling(DigestPractitioner who, List<DigestDebrief> debriefs, DigestPeriod period)
    {
        var from = Earliest(period);
        var found = new List<(FallingClient Client, int Drop)>();
        foreach (var client in debriefs.Where(d => d.ClientCode is not null && d.Date >= from && d.Date <= period.End)
                     .GroupBy(d => d.ClientCode!.Trim().ToUpperInvariant()))
        {
            var rated = DigestComposer.Ordered(client.Where(d => Valid(d.Ratings.Goals) || Valid(d.Ratings.Tasks) || Valid(d.Ratings.Bond)));
            if (rated.Count == 0 || !period.Contains(rated[^1].Date))
            {
                continue;
            }
            var latest = rated[^1];
            var before = rated.Count > 1 ? rated[^2] : null;
            var drops = before is null ? [] : Drops(before.Ratings, latest.Ratings);
            var flagged = latest.Findings.Any(f => f.Code == DropCode && !f.Rejected);
            if (drops.Count == 0 && !flagged)
            {
                continue;
            }
            var shown = rated.TakeLast(ShownRatings)
                .Select(d => new ClientRating(d.Date, d.DebriefId, d.ArchivePath, Clean(d.Ratings.Goals), Clean(d.Ratings.Tasks), Clean(d.Ratings.Bond)))
                .ToList();
            found.Add((new FallingClient(who.Id, who.Name, client.Key, shown, DigestCopy.FallingLine(client.Key, who.Name, drops, before?.Date)),
                drops.Sum(d => d.From - d.To)));
        }
        return found.OrderByDescending(f => f.Drop).ThenBy(f => f.Client.ClientCode, StringComparer.Ordinal).Select(f => f.Client);
    }

    public static IEnumerable<RecurringIssue> Recurring(DigestPractitioner who, List<DigestDebrief> debriefs, DigestPeriod period)
    {
        var from = period.End.AddDays(-(DigestComposer.RecurringDays - 1));
        var window = DigestComposer.Ordered(debriefs.Where(d => d.Date >= from && d.Date <= period.End));
        return window
            .SelectMany(d => DigestComposer.Counted(d).Select(f => (Debrief: d, Finding: f)))
            .GroupBy(x => x.Finding.Code, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(x => x.Debrief.DebriefId).Distinct().Count() >= 2)
            .Select(g =>
            {
                var count = g.Select(x => x.Debrief.DebriefId).Distinct().Count();
                var clients = g.Select(x => x.Debrief.ClientCode).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
                var severity = g.Max(x => x.Finding.Severity);
                return new RecurringIssue(who.Id, who.Name, g.Key, severity, count, clients, g.Min(x => x.Debrief.Date), g.Max(x => x.Debrief.Date),
                    DigestCopy.RecurringLine(who.Name, g.Key, count, clients));
            })
            .OrderByDescending(r => r.Severity)
            .ThenByDescending(r => r.Debriefs)
            .ThenBy(r => r.Code, StringComparer.Ordinal);
    }

    private static DateOnly Earliest(DigestPeriod period)
    {
        var recurring = period.End.AddDays(-(DigestComposer.RecurringDays - 1));
        var previous = period.Previous().Start;
        return recurring < previous ? recurring : previous;
    }

    private static List<RatingDrop> Drops(AllianceRatings before, AllianceRatings now)
    {
        var drops = new List<RatingDrop>();
        void Check(string name, int? b, int? n)
        {
            if (Valid(b) && Valid(n) && n < b)
            {
                drops.Add(new RatingDrop(name, b!.Value, n!.Value));
            }
        }
        Check(DigestCopy.Goals.ToLowerInvariant(), before.Goals, now.Goals);
        Check(DigestCopy.Tasks.ToLowerInvariant(), before.Tasks, now.Tasks);
        Check(DigestCopy.Bond.ToLowerInvariant(), before.Bond, now.Bond);
        return drops;
    }

    private static bool Valid(int? rating) => rating is >= 1 and <= 5;

    private static int? Clean(int? rating) => Valid(rating) ? rating : null;
}

/// <summary>One self-rating that fell between a client's two last debriefs.</summary>
public sealed record RatingDrop(string Name, int From, int To);
