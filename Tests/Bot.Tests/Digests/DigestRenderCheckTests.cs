using AllianceBot.Dialogs.Archive;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Digests;
using AllianceBot.TestKit;

namespace AllianceBot.Bot.Tests.Digests;

/// <summary>
/// The card is checked with the reference renderer (npm adaptivecards) and the HTML page in a real
/// browser (Debian chromium through playwright-core), both installed by ./scripts/setup.sh.
/// </summary>
public sealed class DigestRenderCheckTests
{
    private static readonly string Script = Path.Combine(RepositoryRoot.Path, "Tests", "Bot.Tests", "Digests", "digest-check.cjs");

    internal static Digest SampleDigest()
    {
        var period = DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20));
        var debriefs = new List<DigestDebrief>();
        void Add(string who, int day, int g, int t, int b, string? next = "Book the next session", params DigestFinding[] findings)
        {
            var date = new DateOnly(2026, 11, day);
            var id = $"D-202611{day:00}-{who[..3].ToUpperInvariant()}{debriefs.Count:00}";
            debriefs.Add(new DigestDebrief(id, who, date, DebriefPaths.JsonKey(who, date, id), new AllianceRatings(g, t, b), findings, next,
                ClientCode: $"C-{100 + day}", BringToSupervision: day == 19 ? "Why I find endings hard" : null));
        }
        const string sam = "bbbbbbbb-0000-4000-8000-000000000001", alex = "bbbbbbbb-0000-4000-8000-000000000002", kim = "bbbbbbbb-0000-4000-8000-000000000003";
        Add(sam, 9, 4, 4, 5); Add(sam, 11, 4, 4, 4); Add(sam, 12, 5, 4, 4);
        Add(sam, 16, 3, 3, 3, findings: new DigestFinding("BS-TIME", Severity.Warning, "we ran forty minutes over again"));
        Add(sam, 18, 2, 3, 2, findings: new DigestFinding("BV-GIFT", Severity.Violation, "she gave me concert tickets and I said yes"));
        Add(sam, 19, 2, 2, 3, next: "");
        Add(alex, 10, 3, 3, 4); Add(alex, 15, 4, 4, 4); Add(alex, 17, 5, 4, 5, next: "see how it goes",
            findings: new DigestFinding("AC-FOLLOWUP", Severity.Note, "see how it goes"));
        Add(kim, 12, 4, 3, 4);
        return DigestComposer.Compose(new DigestInput("aaaaaaaa-0000-4000-8000-000000000001", "Dana Lee", period,
            [new(sam, "Sam Rivera"), new(alex, "Alex Chen <script>"), new(kim, "Kim Osei")], debriefs,
            new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task DigestCards_ReferenceRenderer_ParseWithoutWarningsAndRender()
    {
        var empty = DigestComposer.Compose(new DigestInput("s", "Lee Park", DigestPeriod.Day(new DateOnly(2026, 11, 20)), [], [], DateTimeOffset.UnixEpoch));
        var alert = DigestActivity.Create(SampleDigest(), "https://bot.example.org/digest?s=x&p=week-ending-2026-11-20&e=1&sig=y").Attachments![0].Content!.Value;
        var cards = new JsonArray(DigestCardBuilder.Build(SampleDigest(), "https://bot.example.org/digest?s=x&p=week-ending-2026-11-20&e=1&sig=y"), DigestCardBuilder.Build(empty),
            JsonNode.Parse(alert.GetRawText()));
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, cards.ToJsonString());

        var report = JsonNode.Parse(await NodeAsync("cards", file))!;

        Assert.Empty(report["external"]!.AsArray());
        foreach (var result in report["results"]!.AsArray())
        {
            Assert.True(result!["events"]!.AsArray().Count == 0, result["events"]!.ToJsonString());
            Assert.True((bool)result["rendered"]!);
            Assert.True((int)result["textLength"]! > 20);
            Assert.Equal("1.5", (string?)result["version"]);
        }
    }

    [Fact]
    public async Task DigestPage_Chromium_RendersChartWithoutExternalRequests()
    {
        var html = Path.Combine(Path.GetTempPath(), "digest-" + Guid.NewGuid().ToString("N") + ".html");
        var png = Path.ChangeExtension(html, ".png");
        await File.WriteAllTextAsync(html, DigestHtmlRenderer.Render(SampleDigest()));

        var report = JsonNode.Parse(await NodeAsync("page", html, png))!;

        Assert.Equal(3, (int)report["svgs"]!);
        Assert.StartsWith("Weekly debrief digest", (string?)report["title"]);
        Assert.Empty(report["errors"]!.AsArray());
        Assert.Empty(report["external"]!.AsArray());
        Assert.True(new FileInfo(png).Length > 10_000);
    }

    private static async Task<string> NodeAsync(params string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        start.ArgumentList.Add(Script);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stderr);
        return (await stdout).Trim().Split('\n')[^1];
    }
}
