using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AllianceBot.Bot.Tests.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground (npm, in node_modules) started on a free loopback port and
/// pointed at the bot. Its servers are kept on 127.0.0.1 by a preload that patches net.Server.listen.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private readonly string _workDir;

    private AgentsPlayground(Process process, int port, string workDir)
    {
        _process = process;
        Port = port;
        _workDir = workDir;
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AllianceBot.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("AllianceBot.sln not found above " + AppContext.BaseDirectory);
    }

    public static async Task<AgentsPlayground> StartAsync(string botEndpoint)
    {
        var root = RepositoryRoot();
        var cli = Path.Combine(root, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            Assert.Fail($"The Agents Playground is not installed ({cli} missing): run ./scripts/setup.sh (npm ci).");
        }
        var preload = Path.Combine(AppContext.BaseDirectory, "Playground", "loopback-preload.cjs");
        var port = FreePort();
        // It writes devTools/m365agentsplayground.log into its working directory: keep that out of the repository.
        var workDir = Directory.CreateTempSubdirectory("agents-playground-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--require", preload, cli, "-e", botEndpoint, "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var playground = new AgentsPlayground(process, port, workDir);
        process.OutputDataReceived += (_, e) => playground.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => playground.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await playground.WaitUntilUpAsync(TimeSpan.FromSeconds(60));
        return playground;
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    private async Task WaitUntilUpAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"The Agents Playground exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/_debug/ping")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        Assert.Fail($"The Agents Playground did not answer /_debug/ping within {timeout}:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
