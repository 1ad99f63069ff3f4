using System.Globalization;
using System.Text;

namespace AllianceBot.Prompts.Digests;

/// <summary>
/// A small inline SVG line chart of the daily average self-ratings (1-5) over the previous and
/// current period, with the current period shaded: a glance shows whether things are moving.
/// </summary>
internal static class RatingChart
{
    private const int Width = 420, Height = 160, Left = 26, Right = 10, Top = 20, Bottom = 24;

    public static void Append(StringBuilder svg, IReadOnlyList<RatingPoint> points, DateOnly from, DateOnly currentStart, DateOnly to)
    {
        var days = Math.Max(1, to.DayNumber - from.DayNumber);
        double X(DateOnly d) => Left + (Width - Left - Right) * (double)(d.DayNumber - from.DayNumber) / days;
        double Y(double rating) => Top + (Height - Top - Bottom) * (5 - rating) / 4;

        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Width).Append("\" height=\"").Append(Height)
            .Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" role=\"img\" aria-label=\"")
            .Append(DigestHtmlRenderer.E(DigestCopy.ChartCaption)).Append("\"><title>").Append(DigestHtmlRenderer.E(DigestCopy.ChartCaption)).Append("</title>");
        // The current period is shaded from half a day before its first date so its first point sits inside.
        var shadeStart = Math.Max(Left, X(currentStart) - (Width - Left - Right) / (2.0 * days));
        svg.Append("<rect x=\"").Append(F(shadeStart)).Append("\" y=\"").Append(Top).Append("\" width=\"").Append(F(Width - Right - shadeStart))
            .Append("\" height=\"").Append(Height - Top - Bottom).Append("\" fill=\"#eef0fb\"/>");
        for (var r = 1; r <= 5; r++)
        {
            svg.Append("<line x1=\"").Append(Left).Append("\" x2=\"").Append(Width - Right).Append("\" y1=\"").Append(F(Y(r))).Append("\" y2=\"").Append(F(Y(r)))
                .Append("\" stroke=\"#d8dee4\" stroke-width=\"1\"/><text x=\"").Append(Left - 8).Append("\" y=\"").Append(F(Y(r) + 4)).Append("\" text-anchor=\"end\">")
                .Append(r).Append("</text>");
        }
        foreach (var (date, anchor) in new[] { (from, "start"), (currentStart, "middle"), (to, "end") })
        {
            svg.Append("<text x=\"").Append(F(X(date))).Append("\" y=\"").Append(Height - 6).Append("\" text-anchor=\"").Append(anchor).Append("\">")
                .Append(date.ToString("d MMM", CultureInfo.GetCultureInfo("en-GB"))).Append("</text>");
        }
        svg.Append("<text x=\"").Append(F(shadeStart + 4)).Append("\" y=\"").Append(Top - 7).Append("\">").Append(DigestHtmlRenderer.E(DigestCopy.ChartThisPeriod)).Append("</text>");
        // Equal ratings would hide one line under another: each series sits a pixel or two apart.
        Line(svg, points, p => p.Goals, "#5b5fc7", X, r => Y(r) - 2.5);
        Line(svg, points, p => p.Tasks, "#c77d00", X, Y);
        Line(svg, points, p => p.Bond, "#1a7f37", X, r => Y(r) + 2.5);
        svg.Append("</svg>");
    }

    private static void Line(StringBuilder svg, IReadOnlyList<RatingPoint> points, Func<RatingPoint, double?> pick, string colour,
        Func<DateOnly, double> x, Func<double, double> y)
    {
        var coords = points.Where(p => pick(p) is not null).Select(p => (X: x(p.Date), Y: y(pick(p)!.Value))).ToList();
        if (coords.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"")
                .AppendJoin(' ', coords.Select(c => F(c.X) + "," + F(c.Y))).Append("\"/>");
        }
        foreach (var c in coords)
        {
            svg.Append("<circle cx=\"").Append(F(c.X)).Append("\" cy=\"").Append(F(c.Y)).Append("\" r=\"3\" fill=\"").Append(colour).Append("\"/>");
        }
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
