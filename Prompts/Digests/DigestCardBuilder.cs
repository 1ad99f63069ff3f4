using System.Text.Json.Nodes;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// The digest as an Adaptive Card (schema 1.5, what Teams renders): the line per practitioner, the
/// agenda (boundary items all there), falling clients, what practitioners want to bring, recurring
/// issues, then the findings with a Review button each, late entries and removals. Teams refuses
/// cards over about 28 KB, so the finding list stops at a size budget and the rest is one tap away
/// in the full digest.
/// </summary>
public static class DigestCardBuilder
{
    /// <summary>Findings beyond the boundary ones, per practitioner.</summary>
    public const int MaxOtherFindingsPerPractitioner = 3;
    public const int MaxFollowUpsPerPractitioner = 3;

    /// <summary>Bytes of card JSON after which findings go to the full digest only (Teams' limit is about 28 KB).</summary>
    public const int SizeBudget = 24_000;

    private const int MaxEvidence = 160;

    /// <param name="fullDigestUrl">The signed link to the full digest page, shown as a button; null when the bot serves no page.</param>
    public static JsonObject Build(Digest digest, string? fullDigestUrl = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var body = new JsonArray
        {
            Text(DigestCopy.Title(digest.Period), size: "Large", weight: "Bolder"),
            Text(DigestCopy.Headline(digest), subtle: true, spacing: "None"),
        };
        if (digest.Practitioners.Count == 0)
        {
            body.Add(Text(DigestCopy.NoPractitioners));
        }
        else
        {
            body.Add(Statuses(digest));
        }
        body.Add(Agenda(digest));
        Section(body, DigestCopy.FallingHeading, digest.FallingClients.Select(f => (JsonNode)Item(f.Line,
            string.Join(" \u00b7 ", f.Ratings.Select(DigestCopy.ClientRatings)), f.ArchivePath)));
        Section(body, DigestCopy.WishesHeading, digest.Practitioners.SelectMany(p => p.WantsToBring.Select(w =>
            (JsonNode)Item($"{p.Name}: {DigestCopy.Wish(w)}", null, w.ArchivePath))));
        Section(body, DigestCopy.RecurringHeading, digest.Recurring.Select(r => (JsonNode)Text(r.Line, color: Color(r.Severity), spacing: "Small")));

        var budget = new Budget(body);
        var left = 0;
        foreach (var p in digest.Practitioners.Where(p => p.Findings.Count > 0 || p.UnclearFollowUps.Count > 0))
        {
            left += Practitioner(body, p, budget);
        }
        Section(body, DigestCopy.LateHeading, digest.LateEntries.Select(l => (JsonNode)Item(DigestCopy.LateLine(l), null, l.ArchivePath, Color(l.Highest))));
        var names = digest.Practitioners.ToDictionary(p => p.PractitionerId, p => p.Name, StringComparer.Ordinal);
        Section(body, DigestCopy.RemovedHeading, digest.Removed.Select(r => (JsonNode)Text(
            DigestCopy.RemovedLine(r, names.GetValueOrDefault(r.PractitionerId, r.PractitionerId)), color: "Attention", spacing: "Small")));
        if (left > 0)
        {
            body.Add(Text(DigestCopy.MoreInFullDigest(left), subtle: true, size: "Small"));
        }

        var actions = new JsonArray();
        if (fullDigestUrl is not null)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = DigestCopy.FullDigestButton, ["url"] = fullDigestUrl });
        }
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = actions,
        };
    }

    /// <summary>A Review button: the same as typing "review &lt;path&gt;".</summary>
    public static JsonObject ReviewButton(string archivePath) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = DigestCopy.ReviewButton,
        ["data"] = new JsonObject { ["command"] = $"review {archivePath}" },
        ["associatedInputs"] = "none",
    };

    private static JsonObject Statuses(Digest digest)
    {
        var items = new JsonArray { Text(DigestCopy.StatusHeading, weight: "Bolder") };
        foreach (var p in digest.Practitioners)
        {
            items.Add(Text(DigestCopy.StatusLine(p), color: p.Status switch
            {
                PractitionerStatus.NeedsAttention => "Attention",
                PractitionerStatus.Watch => "Warning",
                _ => "Good",
            }, spacing: "Small"));
            items.Add(Text(DigestCopy.ActivityLine(p), subtle: true, size: "Small", spacing: "None"));
        }
        return new JsonObject { ["type"] = "Container", ["spacing"] = "Medium", ["items"] = items };
    }

    private static JsonObject Agenda(Digest digest)
    {
        var items = new JsonArray { Text(DigestCopy.AgendaHeading, weight: "Bolder") };
        if (digest.Agenda.Count == 0)
        {
            items.Add(Text(DigestCopy.NothingOnAgenda));
        }
        var n = 0;
        foreach (var item in digest.Agenda)
        {
            items.Add(Text($"{++n}. {item.Text}", color: Color(item.Severity), spacing: "Small"));
        }
        return new JsonObject { ["type"] = "Container", ["style"] = "emphasis", ["bleed"] = false, ["spacing"] = "Medium", ["items"] = items };
    }

    /// <returns>How many findings and follow-ups did not fit and are in the full digest only.</returns>
    private static int Practitioner(JsonArray body, PractitionerDigest p, Budget budget)
    {
        var items = new JsonArray
        {
            Text(p.Name, size: "Medium", weight: "Bolder"),
            Text(DigestCopy.DebriefCount(p.DebriefCount, p.PreviousDebriefCount), subtle: true, spacing: "None"),
            new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray
                {
                    Fact(DigestCopy.Goals, DigestCopy.Rating(p.Goals)),
                    Fact(DigestCopy.Tasks, DigestCopy.Rating(p.Tasks)),
                    Fact(DigestCopy.Bond, DigestCopy.Rating(p.Bond)),
                },
            },
        };
        var container = new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Large", ["items"] = items };
        body.Add(container);
        budget.Add(container);
        var left = 0;
        var shown = p.Findings.Where(f => f.IsBoundary).Concat(p.Findings.Where(f => !f.IsBoundary).Take(MaxOtherFindingsPerPractitioner)).ToList();
        left += p.Findings.Count - shown.Count;
        if (shown.Count > 0)
        {
            items.Add(Text(DigestCopy.FindingsHeading, weight: "Bolder"));
        }
        foreach (var f in shown)
        {
            var finding = Item($"**{DigestCopy.Severity(f.Severity)} {f.Code}** \u00b7 {f.ClientCode ?? "-"} \u00b7 {DigestCopy.FindingLabel(f.Status)}: \u201c{Clip(f.Evidence)}\u201d",
                DigestCopy.Reference(f.DebriefId, f.Date), f.ArchivePath, Color(f.Severity));
            if (!budget.Fits(finding))
            {
                left++;
                continue;
            }
            items.Add(finding);
        }
        if (p.UnclearFollowUps.Count > 0)
        {
            items.Add(Text(DigestCopy.FollowUpsHeading, weight: "Bolder"));
            foreach (var g in p.UnclearFollowUps.Take(MaxFollowUpsPerPractitioner))
            {
                var gap = Item(g.Reason, DigestCopy.Reference(g.DebriefId, g.Date), g.ArchivePath);
                if (!budget.Fits(gap))
                {
                    left++;
                    continue;
                }
                items.Add(gap);
            }
            left += Math.Max(0, p.UnclearFollowUps.Count - MaxFollowUpsPerPractitioner);
        }
        return left;
    }

    /// <summary>A line, a smaller line under it and a Review button, kept together.</summary>
    private static JsonObject Item(string text, string? under, string? archivePath, string? color = null)
    {
        var items = new JsonArray { Text(text, color: color, spacing: "None") };
        if (under is not null)
        {
            items.Add(Text(under, subtle: true, size: "Small", spacing: "None"));
        }
        if (archivePath is not null)
        {
            items.Add(new JsonObject { ["type"] = "ActionSet", ["spacing"] = "Small", ["actions"] = new JsonArray { ReviewButton(archivePath) } });
        }
        return new JsonObject { ["type"] = "Container", ["spacing"] = "Small", ["items"] = items };
    }

    private static void Section(JsonArray body, string heading, IEnumerable<JsonNode> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }
        var container = new JsonArray { Text(heading, weight: "Bolder") };
        foreach (var item in list)
        {
            container.Add(item);
        }
        body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = container });
    }

    private static string Clip(string evidence) => evidence.Length <= MaxEvidence ? evidence : evidence[..(MaxEvidence - 1)].TrimEnd() + "\u2026";

    private static string? Color(Severity? severity) => severity switch
    {
        Severity.Violation => "Attention",
        Severity.Warning => "Warning",
        _ => null,
    };

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null,
        bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (color is not null) block["color"] = color;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        return block;
    }

    /// <summary>The card's size so far (UTF-8 JSON bytes, near enough), so the finding list stops before Teams' limit.</summary>
    private sealed class Budget(JsonArray body)
    {
        private int _used = System.Text.Encoding.UTF8.GetByteCount(body.ToJsonString());

        public void Add(JsonNode node) => _used += System.Text.Encoding.UTF8.GetByteCount(node.ToJsonString());

        public bool Fits(JsonNode node)
        {
            var size = System.Text.Encoding.UTF8.GetByteCount(node.ToJsonString());
            if (_used + size > SizeBudget)
            {
                return false;
            }
            _used += size;
            return true;
        }
    }
}
