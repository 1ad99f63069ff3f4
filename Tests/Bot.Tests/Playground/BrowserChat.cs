using Microsoft.Playwright;

namespace AllianceBot.Bot.Tests.Playground;

/// <summary>
/// The Agents Playground's chat page in headless Chromium, typed into as a person would: each message
/// waits for the bot's answer to show on the page. Nothing leaves the machine (outside hosts are blocked).
/// </summary>
internal sealed class BrowserChat : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;
    private readonly ILocator _input;
    private readonly List<string> _blocked;

    private BrowserChat(IPlaywright playwright, IBrowser browser, IPage page, List<string> blocked)
    {
        (_playwright, _browser, _page, _blocked) = (playwright, browser, page, blocked);
        _input = page.Locator("[data-lexical-editor='true'][role='textbox']");
    }

    public static async Task<BrowserChat> OpenAsync(string chromium, string url)
    {
        if (!File.Exists(chromium))
        {
            Assert.Fail($"Debian chromium is required at {chromium} for the browser test: run SETUP_BROWSER=1 ./scripts/setup.sh (or apt-get install chromium).");
        }
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var blocked = new List<string>();
        // The Playground asks an Office CDN for fonts; nothing leaves this machine.
        await page.RouteAsync("**/*", route =>
        {
            var uri = new Uri(route.Request.Url);
            if (uri.Scheme is "data" or "blob" || uri.Host is "127.0.0.1" or "localhost") return route.ContinueAsync();
            lock (blocked) blocked.Add(uri.Host);
            return route.AbortAsync();
        });
        // Generous limits: the suite shares the machine with other builds.
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
        return new BrowserChat(playwright, browser, page, blocked);
    }

    /// <summary>
    /// Types a message and waits until the page shows one more occurrence of <paramref name="expect"/>,
    /// or, without one, until the page has changed and then stayed still for a second (the answer is in).
    /// </summary>
    public async Task SayAsync(string text, string? expect)
    {
        var before = expect is null ? 0 : await CountAsync(expect);
        var page = await PageTextAsync();
        await _input.ClickAsync();
        await _page.Keyboard.TypeAsync(text);
        await _page.Keyboard.PressAsync("Enter");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var (last, stillSince) = (page, DateTime.UtcNow);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            if (expect is not null)
            {
                if (await CountAsync(expect) > before) return;
                continue;
            }
            var now = await PageTextAsync();
            if (now != last) (last, stillSince) = (now, DateTime.UtcNow);
            else if (now != page && DateTime.UtcNow - stillSince > TimeSpan.FromSeconds(1)) return;
        }
        Assert.Fail(expect is null ? $"After '{text}' the page did not change." : $"After '{text}' the page never showed '{expect}'.");
    }

    private Task<string> PageTextAsync() => _page.EvaluateAsync<string>("() => document.body.innerText");

    public Task<int> CountAsync(string text) => _page.GetByText(text).CountAsync();

    public Task<bool> IsVisibleAsync(string text) => _page.GetByText(text).First.IsVisibleAsync();

    /// <summary>Outside hosts the page tried to reach (blocked).</summary>
    public IReadOnlyList<string> BlockedHosts { get { lock (_blocked) return [.. _blocked.Distinct()]; } }

    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestOutput");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
