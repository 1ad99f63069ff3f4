using System.Globalization;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using static AllianceBot.Dialogs.Cards.AdaptiveCard;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>Who reads a debrief: the practitioner reads plain words, the supervisor the codes as well.</summary>
public enum DebriefReader
{
    Practitioner,
    Supervisor,
}

/// <summary>
/// A saved debrief (or its tombstone) as Teams shows it: an Adaptive Card, with the same content as
/// Markdown Teams renders (bold and lists, no headings or tables) as the card's fallback text. Read
/// from the record itself, so a supervisor sees which detections the practitioner confirmed, ticked
/// or rejected.
/// </summary>
public static class DebriefView
{
    public static Activity Show(DebriefRecord record, DebriefReader reader, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(knowledge);
        var lines = Lines(record, reader, knowledge);
        var body = new List<JsonNode> { Text(DebriefViewCopy.Title(record.DebriefId, record.ClientCode), heading: true) };
        body.Add(new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray([.. Facts(record, reader).Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
        });
        foreach (var (heading, items, attention) in lines)
        {
            var block = Text(heading, heading: false);
            block["weight"] = "Bolder";
            if (attention)
            {
                block["color"] = "Attention";
            }
            body.Add(block);
            body.AddRange(items.Select(i => (JsonNode)Text(i)));
        }
        var activity = Message(null, Card(body, fallbackText: Markdown(record, reader, knowledge)));
        activity.Summary = DebriefViewCopy.Title(record.DebriefId, record.ClientCode);
        return activity;
    }

    /// <summary>The debrief as Markdown that Teams renders: bold lines, "- " lists, blank lines between parts.</summary>
    public static string Markdown(DebriefRecord record, DebriefReader reader, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(record);
        var parts = new List<string>
        {
            $"**{DebriefViewCopy.Title(record.DebriefId, record.ClientCode)}**",
            string.Join("\n", Facts(record, reader).Select(f => $"- {f.Title}: {f.Value}")),
        };
        foreach (var (heading, items, _) in Lines(record, reader, knowledge))
        {
            parts.Add($"**{heading}**\n" + string.Join("\n", items.Select(i => "- " + i)));
        }
        return string.Join("\n\n", parts);
    }

    public static Activity Tombstone(DebriefTombstone tombstone, DebriefReader reader)
    {
        ArgumentNullException.ThrowIfNull(tombstone);
        var title = DebriefViewCopy.Title(tombstone.DebriefId, tombstone.ClientCode);
        var text = DebriefViewCopy.Tombstone(tombstone, reader == DebriefReader.Supervisor);
        var heading = Text(title, heading: true);
        var line = Text(text);
        line["color"] = "Attention";
        var activity = Message(null, Card([heading, line], fallbackText: $"**{title}**\n\n{text}"));
        activity.Summary = title;
        return activity;
    }

    private static IEnumerable<(string Title, string Value)> Facts(DebriefRecord record, DebriefReader reader)
    {
        yield return (DebriefViewCopy.Session, $"{record.Date.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} \u00b7 {DebriefCopy.KindName(record.Kind)} \u00b7 {DebriefCopy.SettingName(record.Setting)}");
        if (reader == DebriefReader.Supervisor)
        {
            yield return (DebriefViewCopy.Practitioner, record.Practitioner.Name ?? record.Practitioner.Id);
        }
        yield return (DebriefViewCopy.Ratings, DebriefViewCopy.RatingsValue(record.Ratings.Goals, record.Ratings.Tasks, record.Ratings.Bond));
        yield return (DebriefViewCopy.Saved, record.ConfirmedAt.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.GetCultureInfo("en-GB")));
    }

    private static List<(string Heading, List<string> Items, bool Attention)> Lines(DebriefRecord record, DebriefReader reader, KnowledgeBase knowledge)
    {
        var supervisor = reader == DebriefReader.Supervisor;
        var lines = new List<(string, List<string>, bool)>();
        if (record.HasViolation)
        {
            lines.Add((DebriefViewCopy.ViolationRecorded, [.. record.Findings.Where(f => f.Severity == Severity.Violation && !f.Rejected)
                .Select(f => Name(f.Code, knowledge, supervisor)).Distinct()], true));
        }
        lines.Add((DebriefCopy.PreviewNarrative, [record.Narrative], false));
        var boundary = record.Findings.Where(f => f.Severity >= Severity.Warning && f.Code != "AC-FOLLOWUP").GroupBy(f => f.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => DebriefViewCopy.Finding(Name(g.Key, knowledge, supervisor), Status(g), supervisor ? Evidence(g) : null, supervisor))
            .ToList();
        if (boundary.Count > 0)
        {
            lines.Add((supervisor ? DebriefViewCopy.Findings : DebriefViewCopy.Flagged, boundary, false));
        }
        if (record.StandardItemsDone.Count > 0)
        {
            lines.Add((supervisor ? DebriefViewCopy.StandardDone : DebriefCopy.StandardLabel, [.. record.StandardItemsDone.Select(code => supervisor
                ? $"{code} {knowledge.Find(code)?.Title.Split(' ', 2).ElementAtOrDefault(1) ?? string.Empty}".Trim()
                : knowledge.StandardItems.FirstOrDefault(i => i.Code == code) is { } item ? DebriefCards.StandardCheck(item) : code)], false));
        }
        lines.Add((DebriefCopy.PreviewNextSteps, [record.NextSteps ?? DebriefCopy.PreviewNoNextSteps], false));
        if (!string.IsNullOrWhiteSpace(record.BringToSupervision))
        {
            lines.Add((DebriefCopy.PreviewSupervision, [record.BringToSupervision], false));
        }
        if (supervisor && record.PromptsShown.Count > 0)
        {
            lines.Add((DebriefViewCopy.PromptsShown, [.. record.PromptsShown.Select(p => $"{p.Code}: {p.Text}")], false));
        }
        return lines;
    }

    /// <summary>A rejected detection is one the practitioner unticked; a code both detected and ticked was confirmed.</summary>
    private static FindingView Status(IEnumerable<FindingRecord> findings)
    {
        var list = findings.ToList();
        if (list.All(f => f.Rejected))
        {
            return FindingView.Rejected;
        }
        if (list.Any(f => f.Confirmed == true) || (list.Any(f => f.Source == FindingSource.Detected) && list.Any(f => f.SelfReported)))
        {
            return FindingView.Confirmed;
        }
        if (list.Any(f => f.SelfReported))
        {
            return FindingView.Ticked;
        }
        return list.All(f => f.Source == FindingSource.Rating) ? FindingView.Ratings : FindingView.Detected;
    }

    private static string? Evidence(IEnumerable<FindingRecord> findings)
        => findings.Where(f => !f.SelfReported).Select(f => f.Evidence).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));

    private static string Name(string code, KnowledgeBase knowledge, bool withCode)
    {
        var title = knowledge.Find(code)?.Title ?? code;
        var plain = title.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 ? title[(colon + 2)..] : title;
        return withCode ? $"{code} ({plain})" : plain;
    }
}

/// <summary>How a finding stands in a view of the record.</summary>
public enum FindingView
{
    Detected,
    Confirmed,
    Ticked,
    Rejected,
    Ratings,
}
