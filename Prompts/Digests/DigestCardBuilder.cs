using System.Text.Json.Nodes;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// The digest as an Adaptive Card (schema 1.5, what Teams renders). Teams refuses cards over about
/// 28 KB, so each practitioner shows at most a few findings and points to the full HTML digest.
/// </summary>
public static class DigestCardBuilder
{
    public const int MaxFindingsPerPractitioner = 4;
    public const int MaxFollowUpsPerPractitioner = 3;

    public static JsonObject Build(Digest digest, string? fullDigestPath = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var body = new JsonArray
        {
            Text(DigestCopy.Title(digest.Period), size: "Large", weight: "Bolder"),
            Text(DigestCopy.Headline(digest), subtle: true, spacing: "None"),
            Agenda(digest),
        };
        if (digest.Practitioners.Count == 0)
        {
            body.Add(Text(DigestCopy.NoPractitioners));
        }
        foreach (var p in digest.Practitioners)
        {
            body.Add(Practitioner(p));
        }
        if (fullDigestPath is not null)
        {
            body.Add(Text(fullDigestPath, subtle: true, size: "Small"));
        }
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
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

    private static JsonObject Practitioner(PractitionerDigest p)
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
        if (p.Findings.Count > 0)
        {
            items.Add(Text(DigestCopy.FindingsHeading, weight: "Bolder"));
            foreach (var f in p.Findings.Take(MaxFindingsPerPractitioner))
            {
                items.Add(Text($"**{DigestCopy.Severity(f.Severity)} {f.Code}**: \u201c{f.Evidence}\u201d", color: Color(f.Severity), spacing: "Small"));
                items.Add(Text(DigestCopy.Reference(f.DebriefId, f.Date, f.ArchivePath), subtle: true, size: "Small", spacing: "None"));
            }
            More(items, p.Findings.Count - MaxFindingsPerPractitioner);
        }
        if (p.UnclearFollowUps.Count > 0)
        {
            items.Add(Text(DigestCopy.FollowUpsHeading, weight: "Bolder"));
            foreach (var g in p.UnclearFollowUps.Take(MaxFollowUpsPerPractitioner))
            {
                items.Add(Text(g.Reason, spacing: "Small"));
                items.Add(Text(DigestCopy.Reference(g.DebriefId, g.Date, g.ArchivePath), subtle: true, size: "Small", spacing: "None"));
            }
            More(items, p.UnclearFollowUps.Count - MaxFollowUpsPerPractitioner);
        }
        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Large", ["items"] = items };
    }

    private static void More(JsonArray items, int more)
    {
        if (more > 0)
        {
            items.Add(Text(DigestCopy.MoreInFullDigest(more), subtle: true, size: "Small"));
        }
    }

    private static string? Color(Severity severity) => severity switch
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
}
