using System.Globalization;
using System.Net;
using System.Text;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// The digest as one self-contained HTML page (inline CSS and SVG, no scripts, no external
/// requests) so it opens the same from blob storage, a download or an email. Every text that came
/// from a debrief is HTML-encoded.
/// </summary>
public static class DigestHtmlRenderer
{
    public static string Render(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .Append("<title>").Append(E(DigestCopy.Title(digest.Period))).Append("</title><style>").Append(Css).Append("</style></head><body>")
            .Append("<header><h1>").Append(E(DigestCopy.Title(digest.Period))).Append("</h1><p class=\"sub\">")
            .Append(E(digest.SupervisorName)).Append(" · ").Append(E(DigestCopy.Headline(digest))).Append("</p></header>");

        if (digest.Practitioners.Count > 0)
        {
            html.Append("<section class=\"status\"><h2>").Append(E(DigestCopy.StatusHeading)).Append("</h2><ul>");
            foreach (var p in digest.Practitioners)
            {
                html.Append("<li class=\"").Append(p.Status.ToString().ToLowerInvariant()).Append("\"><strong>").Append(E(p.Name)).Append("</strong> \u00b7 ")
                    .Append(E(DigestCopy.StatusLabel(p.Status))).Append(": ").Append(E(string.Join("; ", p.Reasons)))
                    .Append("<br><small>").Append(E(DigestCopy.ActivityLine(p))).Append("</small></li>");
            }
            html.Append("</ul></section>");
        }

        html.Append("<section class=\"agenda\"><h2>").Append(E(DigestCopy.AgendaHeading)).Append("</h2>");
        if (digest.Agenda.Count == 0)
        {
            html.Append("<p>").Append(E(DigestCopy.NothingOnAgenda)).Append("</p>");
        }
        else
        {
            html.Append("<ol>");
            foreach (var item in digest.Agenda)
            {
                html.Append("<li class=\"").Append(Class(item.Severity)).Append("\">").Append(E(item.Text)).Append("</li>");
            }
            html.Append("</ol>");
        }
        html.Append("</section>");

        List(html, DigestCopy.FallingHeading, digest.FallingClients.Select(f =>
            E(f.Line) + "<br><small>" + E(string.Join(" \u00b7 ", f.Ratings.Select(DigestCopy.ClientRatings))) + "</small>"));
        List(html, DigestCopy.WishesHeading, digest.Practitioners.SelectMany(p => p.WantsToBring.Select(w => $"<strong>{E(p.Name)}</strong>: {E(DigestCopy.Wish(w))}")));
        List(html, DigestCopy.RecurringHeading, digest.Recurring.Select(r => E(r.Line)));

        if (digest.Practitioners.Count == 0)
        {
            html.Append("<p>").Append(E(DigestCopy.NoPractitioners)).Append("</p>");
        }
        foreach (var p in digest.Practitioners)
        {
            Practitioner(html, p, digest.Period);
        }
        List(html, DigestCopy.LateHeading, digest.LateEntries.Select(l => E(DigestCopy.LateLine(l))));
        var names = digest.Practitioners.ToDictionary(p => p.PractitionerId, p => p.Name, StringComparer.Ordinal);
        List(html, DigestCopy.RemovedHeading, digest.Removed.Select(r => E(DigestCopy.RemovedLine(r, names.GetValueOrDefault(r.PractitionerId, r.PractitionerId)))));
        html.Append("<footer>").Append(E(digest.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append("</footer></body></html>\n");
        return html.ToString();
    }

    private static void Practitioner(StringBuilder html, PractitionerDigest p, DigestPeriod period)
    {
        html.Append("<section class=\"person\"><div class=\"head\"><h2>").Append(E(p.Name)).Append("</h2><span class=\"count\">")
            .Append(E(DigestCopy.DebriefCount(p.DebriefCount, p.PreviousDebriefCount))).Append("</span></div>");
        html.Append("<div class=\"ratings\"><table><caption>").Append(E(DigestCopy.RatingsHeading)).Append("</caption>");
        Row(html, DigestCopy.Goals, p.Goals, "goals");
        Row(html, DigestCopy.Tasks, p.Tasks, "tasks");
        Row(html, DigestCopy.Bond, p.Bond, "bond");
        html.Append("</table>");
        RatingChart.Append(html, p.Series, period.Previous().Start, period.Start, period.End);
        html.Append("</div>");
        if (p.DebriefCount == 0)
        {
            html.Append("<p class=\"muted\">").Append(E(DigestCopy.NoDebriefs)).Append("</p>");
        }
        if (p.Findings.Count > 0)
        {
            html.Append("<h3>").Append(E(DigestCopy.FindingsHeading)).Append("</h3><ul class=\"findings\">");
            foreach (var f in p.Findings)
            {
                html.Append("<li class=\"").Append(Class(f.Severity)).Append("\"><span class=\"badge\">").Append(E(DigestCopy.Severity(f.Severity)))
                    .Append("</span> <strong>").Append(E(f.Code)).Append("</strong> ").Append(E(f.ClientCode ?? "-")).Append(" \u00b7 ")
                    .Append(E(DigestCopy.FindingLabel(f.Status))).Append(" <q>").Append(E(f.Evidence)).Append("</q><br><small>")
                    .Append(Path(DigestCopy.Reference(f.DebriefId, f.Date, f.ArchivePath))).Append("</small></li>");
            }
            html.Append("</ul>");
        }
        if (p.UnclearFollowUps.Count > 0)
        {
            html.Append("<h3>").Append(E(DigestCopy.FollowUpsHeading)).Append("</h3><ul class=\"followups\">");
            foreach (var g in p.UnclearFollowUps)
            {
                html.Append("<li>").Append(E(g.Reason)).Append("<br><small>")
                    .Append(Path(DigestCopy.Reference(g.DebriefId, g.Date, g.ArchivePath))).Append("</small></li>");
            }
            html.Append("</ul>");
        }
        html.Append("</section>");
    }

    /// <summary>A section with a heading and a list of items already encoded; nothing when the list is empty.</summary>
    private static void List(StringBuilder html, string heading, IEnumerable<string> encodedItems)
    {
        var items = encodedItems.ToList();
        if (items.Count == 0)
        {
            return;
        }
        html.Append("<section class=\"list\"><h2>").Append(E(heading)).Append("</h2><ul>");
        foreach (var item in items)
        {
            html.Append("<li>").Append(item).Append("</li>");
        }
        html.Append("</ul></section>");
    }

    private static void Row(StringBuilder html, string label, RatingTrend trend, string css)
        => html.Append("<tr><th><span class=\"key ").Append(css).Append("\"></span>").Append(E(label)).Append("</th><td class=\"")
            .Append(trend.Direction.ToString().ToLowerInvariant()).Append("\">").Append(E(DigestCopy.Rating(trend))).Append("</td></tr>");

    private static string Class(Severity severity) => severity switch
    {
        Severity.Violation => "violation",
        Severity.Warning => "warning",
        _ => "note",
    };

    // Archive paths are one long token: allow line breaks after each '/' (added after encoding, so safe).
    private static string Path(string reference) => E(reference).Replace("/", "/<wbr>", StringComparison.Ordinal);

    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private const string Css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f7f9;margin:0;padding:24px;max-width:860px;margin:auto}
        header h1{font-size:22px;margin:0 0 4px}.sub{color:#59636e;margin:0 0 16px}
        section{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:14px 18px;margin:0 0 14px}
        .agenda{border-left:4px solid #5b5fc7}.agenda h2{font-size:16px;margin:0 0 6px}.agenda ol{margin:0;padding-left:22px}
        .agenda li{margin:3px 0}.agenda li.violation{color:#a40e26;font-weight:600}
        .status h2,.list h2{font-size:16px;margin:0 0 6px}.status li.needsattention{color:#a40e26}.status li.watch{color:#7a5200}
        .head{display:flex;justify-content:space-between;align-items:baseline;gap:12px}.head h2{font-size:18px;margin:0}
        .count,.muted,small,footer{color:#59636e}
        .ratings{display:flex;flex-wrap:wrap;gap:18px;align-items:center;margin:8px 0}
        table{border-collapse:collapse;min-width:250px}caption{text-align:left;font-weight:600;padding-bottom:4px;white-space:nowrap}
        th{text-align:left;font-weight:500;padding:2px 12px 2px 0}td{padding:2px 0}
        td.down{color:#a40e26;font-weight:600}td.up{color:#1a7f37}
        .key{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px}
        .key.goals{background:#5b5fc7}.key.tasks{background:#c77d00}.key.bond{background:#1a7f37}
        h3{font-size:14px;margin:12px 0 4px}ul{margin:0;padding-left:18px}li{margin:4px 0}
        .badge{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;padding:1px 6px;border-radius:4px;background:#eaeef2}
        li.violation .badge{background:#a40e26;color:#fff}li.warning .badge{background:#f4c542;color:#3b2e00}
        li.violation strong{color:#a40e26}
        svg text{font:11px system-ui,sans-serif;fill:#59636e}
        footer{font-size:12px;text-align:right}
        """;
}
