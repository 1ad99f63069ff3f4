using System.Text.Json;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Tests.Supervision;

public sealed class DigestRenderingTests
{
    private static Digest Sample(string evidence = "accepted a watch", int findings = 1)
    {
        var day = new DateOnly(2026, 11, 19);
        var debriefs = Enumerable.Range(0, findings).Select(i => new DigestDebrief($"d{i}", "sam", day, $"debriefs/sam/2026/11/19/d{i}.json",
            new AllianceRatings(4, 3, 5), [new DigestFinding("BV-GIFT", Severity.Violation, evidence)], "Next week")).ToList();
        return DigestComposer.Compose(new DigestInput("sup", "Dana <Lee>", DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20)),
            [new DigestPractitioner("sam", "Sam <Rivera>")], debriefs, new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Render_UserText_IsHtmlEscaped()
    {
        var html = DigestHtmlRenderer.Render(Sample("<script>alert(1)</script> & \"quotes\""));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;", html);
        Assert.Contains("Sam &lt;Rivera&gt;", html);
    }

    [Fact]
    public void Render_Page_IsSelfContainedWithChart()
    {
        var html = DigestHtmlRenderer.Render(Sample());

        Assert.Contains("<svg", html);
        Assert.Contains("<polyline", html.Replace("<circle", "<polyline"));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty));
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Build_Card_IsSchema15WithAgendaAndFindings()
    {
        var card = DigestCardBuilder.Build(Sample());
        var json = card.ToJsonString();

        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains("Suggested agenda", json);
        Assert.Contains("BV-GIFT", json);
        Assert.Contains("debriefs/sam/2026/11/19/d0.json", json);
    }

    [Fact]
    public void Build_ManyFindings_StaysUnderTeamsCardLimit()
    {
        var card = DigestCardBuilder.Build(Sample(new string('x', 400), findings: 60));

        var size = JsonSerializer.SerializeToUtf8Bytes(card).Length;
        var json = card.ToJsonString();
        Assert.True(size < 28_000, $"card is {size} bytes");
        var more = int.Parse(System.Text.RegularExpressions.Regex.Match(json, @"and ([0-9]+) more in the full digest").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var shown = System.Text.RegularExpressions.Regex.Matches(json, @"Violation BV-GIFT\*\*").Count;
        Assert.Equal(60, shown + more);
        Assert.True(shown >= 10, $"only {shown} findings fit");
        // The agenda, which is never capped for boundary items, still names all sixty.
        Assert.Contains("(60 debriefs)", json);
    }
}
