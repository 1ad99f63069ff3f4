using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.TestKit;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AllianceBot.Bot.Tests.Playground;

/// <summary>
/// The quick debrief card at phone width: rendered by the reference Adaptive Cards renderer (npm
/// adaptivecards) in Debian's Chromium at 375 px, every text must show whole: no ellipsis, nothing
/// cut by its box, nothing past the screen's edge. The same card with its choice texts not wrapping
/// (as it was) must fail the same check, so the check can fail.
/// </summary>
[Collection(nameof(AgentsPlaygroundCollection))]
public sealed class QuickCardWidthTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const int PhoneWidth = 375;

    private static readonly Lazy<OfflineReasoning> Engine = new(OfflineReasoning.CreateDefault);

    [Fact]
    public async Task QuickCard_At375Px_NoTextIsClipped()
    {
        var card = QuickDebriefCard.Build(new DateOnly(2026, 11, 22), Engine.Value.Knowledge);

        var report = await RenderAsync(card, "quick-card-375.png");

        Assert.True(report.Texts > 40, $"only {report.Texts} texts rendered");
        Assert.True(report.Clipped.Count == 0, "Clipped at 375 px: " + string.Join(" | ", report.Clipped));
        Assert.True(report.PageWidth <= PhoneWidth, $"the page scrolls sideways: {report.PageWidth} px");
    }

    /// <summary>
    /// The card as it was (the knowledge base's long questions as checkbox texts, not wrapping) fails
    /// the check; the same long texts wrapping pass it: the check can fail, and wrapping is what fixes it.
    /// </summary>
    [Fact]
    public async Task QuickCard_LongChoices_ClippedUnlessTheyWrap()
    {
        var knowledge = Engine.Value.Knowledge;
        var questions = knowledge.StandardItems.Select(i => (i.Code, i.Question)).Concat(knowledge.WarningSigns.Select(s => (s.Code, s.Question)))
            .ToDictionary(x => x.Code, x => x.Question);
        JsonObject LongCard(bool wrap)
        {
            var card = QuickDebriefCard.Build(new DateOnly(2026, 11, 22), knowledge);
            foreach (var input in card["body"]!.AsArray().OfType<JsonObject>().Where(e => (string?)e["type"] == "Input.ChoiceSet"))
            {
                input["wrap"] = wrap;
                foreach (var choice in input["choices"]!.AsArray().OfType<JsonObject>())
                {
                    choice["title"] = questions.GetValueOrDefault((string)choice["value"]!, (string)choice["title"]!);
                }
            }
            return card;
        }

        var unwrapped = await RenderAsync(LongCard(wrap: false), "quick-card-375-long-unwrapped.png");
        var wrapped = await RenderAsync(LongCard(wrap: true), "quick-card-375-long-wrapped.png");

        Assert.True(unwrapped.Clipped.Count >= 10, $"{unwrapped.Clipped.Count} clipped");
        Assert.Empty(wrapped.Clipped);
    }

    private async Task<WidthReport> RenderAsync(JsonObject card, string screenshotName)
    {
        if (!File.Exists(Chromium))
        {
            Assert.Fail($"Debian chromium is required at {Chromium}: run SETUP_BROWSER=1 ./scripts/setup.sh (or apt-get install chromium).");
        }
        var renderer = Path.Combine(RepositoryRoot.Path, "node_modules", "adaptivecards", "dist", "adaptivecards.js");
        Assert.True(File.Exists(renderer), $"{renderer} is missing: run ./scripts/setup.sh (npm ci).");
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 800 }, DeviceScaleFactor = 2 });
        await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("about:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            "<style>body{margin:0;font-family:sans-serif}#host{padding:8px}</style></head><body><div id=\"host\"></div></body></html>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = renderer });
        var json = await page.EvaluateAsync<string>("""
            text => {
              const ac = new AdaptiveCards.AdaptiveCard();
              ac.parse(JSON.parse(text));
              const host = document.getElementById('host');
              host.appendChild(ac.render());
              const clipped = [];
              let texts = 0;
              for (const el of host.querySelectorAll('*')) {
                const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
                if (!own) continue;
                texts++;
                const style = getComputedStyle(el);
                const box = el.getBoundingClientRect();
                const cut = (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible')
                         || (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
                         || box.right > window.innerWidth + 0.5;
                if (cut) clipped.push(el.textContent.trim().slice(0, 60));
              }
              return JSON.stringify({ clipped, texts, pageWidth: document.documentElement.scrollWidth });
            }
            """, card.ToJsonString());
        var folder = Path.Combine(AppContext.BaseDirectory, "TestOutput");
        Directory.CreateDirectory(folder);
        var screenshot = Path.Combine(folder, screenshotName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        var report = JsonSerializer.Deserialize<WidthReport>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        output.WriteLine($"{screenshotName}: {report.Texts} texts, {report.Clipped.Count} clipped, page {report.PageWidth} px wide; screenshot {screenshot}");
        return report;
    }

    private sealed record WidthReport(List<string> Clipped, int Texts, int PageWidth);
}
