using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AllianceBot.Load;

/// <summary>
/// The process under test (the bot, or the baseline) as a child: its own GC, its own memory, so
/// /proc/&lt;pid&gt;/status VmHWM is its peak resident memory and nothing of the harness.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _tail = [];
    private long _lines;
    private readonly List<string> _failures = [];
    private int _failureLinesLeft;

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public int Pid => _process.Id;

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Lines the process has written to stdout and stderr (its console log).</summary>
    public long Lines => Interlocked.Read(ref _lines);

    public static async Task<ServerProcess> StartAsync(string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment,
        string workingDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var server = new ServerProcess(process, port);
        // Drain both pipes (a full pipe would block the child's logging) and keep the last lines for errors.
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitHealthyAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Peak and current resident memory in MB, from the kernel's own accounting.</summary>
    public (double PeakMb, double CurrentMb) Memory()
    {
        double peak = 0, current = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kb(line) / 1024.0;
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                current = Kb(line) / 1024.0;
            }
        }
        return (peak, current);
    }

    /// <summary>
    /// CPU time the process has used (user + system), from /proc/&lt;pid&gt;/stat. Per turn, it is the
    /// figure that other load on a shared machine disturbs least.
    /// </summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return ticks / 100.0;
    }

    /// <summary>The first logged failures (with their stack traces), then the last lines.</summary>
    public string Tail()
    {
        lock (_tail)
        {
            return string.Join(Environment.NewLine, [.. _failures, "...", .. _tail]);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        Interlocked.Increment(ref _lines);
        lock (_tail)
        {
            // Errors scroll out of the tail under load: keep the first few with their stack traces.
            if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                _failureLinesLeft = _failures.Count < 200 ? 20 : 0;
            }
            if (_failureLinesLeft > 0)
            {
                _failures.Add(line);
                _failureLinesLeft--;
            }
            _tail.Add(line);
            if (_tail.Count > 40)
            {
                _tail.RemoveAt(0);
            }
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}:{Environment.NewLine}{Tail()}");
            }
            try
            {
                using var response = await http.GetAsync($"{BaseUrl}/healthz").ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100).ConfigureAwait(false);
        }
        throw new TimeoutException($"The server did not answer /healthz within 60 s:{Environment.NewLine}{Tail()}");
    }

    private static double Kb(string line)
        => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);

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
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        _process.Dispose();
    }
}
