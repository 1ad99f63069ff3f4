using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.TestKit;

namespace AllianceBot.Bot.Tests.Hosting;

/// <summary>
/// The built bot started as a service manager or a load harness starts it: `dotnet /path/AllianceBot.Bot.dll`
/// from another working directory. It must read the appsettings.json beside the dll (log levels, the
/// one-line console format) and keep relative data paths under the working directory.
/// </summary>
public sealed partial class StartFromAnyFolderTests : IAsyncLifetime
{
    private readonly DirectoryInfo _workingDirectory = Directory.CreateTempSubdirectory("alliancebot-cwd-");
    private readonly List<string> _lines = [];
    private Process? _bot;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task BuiltBot_StartedFromAnotherFolder_ReadsItsAppSettingsAndLogsOneLineATurn()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var port = FreePort();
        _bot = Start(port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitHealthyAsync(http);

        // Two more requests that ASP.NET Core logs at Information when appsettings.json is not read.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var message = new
        {
            type = "message", id = "turn-7", text = "help", channelId = "test", serviceUrl = connector.ServiceUrl,
            conversation = new { id = "conv-start-anywhere" }, from = new { id = "user-1" }, recipient = new { id = "bot" },
        };
        Assert.True((await http.PostAsJsonAsync("/api/messages", message)).IsSuccessStatusCode);
        await connector.WaitForMessagesAsync(1);
        await StopAsync();
        var log = Snapshot();

        var dllFolder = Path.GetDirectoryName(BuiltBot.Dll())!;
        // The startup log names the file it read: the one beside the dll, not one in the working directory.
        var settingsLine = Assert.Single(log, l => l.Contains("Settings (Production) read from", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(dllFolder, "appsettings.json"), settingsLine, StringComparison.Ordinal);
        // A setting from that file: the console writes each entry on one line, stamped (Logging:Console:FormatterOptions).
        Assert.Matches(TimestampedInfo(), settingsLine);
        // The log levels from that file: ASP.NET Core's request lines (Information) are filtered out.
        Assert.DoesNotContain(log, l => l.Contains("Microsoft.AspNetCore.", StringComparison.Ordinal));
        Assert.DoesNotContain(log, l => l.Contains("Request starting", StringComparison.Ordinal));
        // Storage:LocalPath (.data) is relative to the working directory, as the README says.
        Assert.Contains(log, l => l.Contains("Storage: local folder " + Path.Combine(_workingDirectory.FullName, ".data"), StringComparison.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(_workingDirectory.FullName, ".data")));
        Assert.False(Directory.Exists(Path.Combine(dllFolder, ".data")));
        // The turn wrote exactly one line: id, kind, outcome and latency, no text.
        var turnLines = log.Where(l => l.Contains("turn-7", StringComparison.Ordinal)).ToList();
        var turnLine = Assert.Single(turnLines);
        Assert.Matches(@"Turn turn-7 text: Completed in [0-9]+(\.[0-9])? ms\.$", turnLine);
        Assert.DoesNotContain("help", turnLine.Split("Turn turn-7", 2)[1], StringComparison.Ordinal);
    }

    private Process Start(int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _workingDirectory.FullName,
        };
        start.ArgumentList.Add(BuiltBot.Dll());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Nothing from the test run's own environment may choose the content root or the storage.
        foreach (var name in (string[])["ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT", "Storage__Kind", "Storage__LocalPath", "Logging__LogLevel__Default"])
        {
            start.Environment.Remove(name);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }

    private List<string> Snapshot()
    {
        lock (_lines)
        {
            return [.. _lines];
        }
    }

    private async Task WaitHealthyAsync(HttpClient http)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_bot!.HasExited)
            {
                throw new InvalidOperationException("The bot exited:" + Environment.NewLine + string.Join(Environment.NewLine, Snapshot()));
            }
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The bot did not answer /healthz:" + Environment.NewLine + string.Join(Environment.NewLine, Snapshot()));
    }

    /// <summary>Stops the bot as a service manager does (SIGTERM), so its last lines are flushed.</summary>
    private async Task StopAsync()
    {
        if (_bot is { HasExited: false })
        {
            Process.Start("kill", ["-TERM", _bot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _bot.WaitForExitAsync(wait.Token);
        }
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            if (!_bot.HasExited)
            {
                _bot.Kill(entireProcessTree: true);
                await _bot.WaitForExitAsync();
            }
            _bot.Dispose();
        }
        _workingDirectory.Delete(recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z info: AllianceBot\.Bot\.Hosting\.StartupNotice\[1006\] Settings")]
    private static partial Regex TimestampedInfo();
}
