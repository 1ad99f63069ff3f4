using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace AllianceBot.TestKit;

/// <summary>
/// The real Blob storage emulator (npm azurite, installed by ./scripts/setup.sh) on a free loopback
/// port with a temp data folder. Tests that stop and restart it share the collection, so nothing
/// else runs against it meanwhile.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // The emulator's well-known public development key, not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly string _dataFolder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "azurite-" + Guid.NewGuid().ToString("N"));
    private readonly bool _inMemory;
    private Process? _process;

    // xUnit builds collection fixtures through their one public constructor, which must take no
    // arguments; the in-memory variant (load benchmark only) comes from the factory below.
    public AzuriteFixture() : this(inMemory: false)
    {
    }

    private AzuriteFixture(bool inMemory) => _inMemory = inMemory;

    /// <summary>An emulator without its database file, for runs that measure rather than restart it.</summary>
    public static AzuriteFixture InMemory() => new(inMemory: true);

    public int Port { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public bool IsRunning => _process is { HasExited: false };

    public async Task InitializeAsync()
    {
        Port = FreePort();
        Directory.CreateDirectory(_dataFolder);
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
            _process = null;
        }
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Stops the emulator gracefully so it saves its data; the port stays reserved for <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }
        _process = null;
        if (!process.HasExited)
        {
            // SIGTERM lets Azurite flush its metadata database; Kill (SIGKILL) could lose recent writes.
            if (OperatingSystem.IsWindows() || !await TerminateAsync(process.Id))
            {
                process.Kill(entireProcessTree: true);
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        process.Dispose();
    }

    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }
        var main = System.IO.Path.Combine(RepositoryRoot.Path, "node_modules", "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(main))
        {
            throw new InvalidOperationException($"Azurite is not installed ({main} is missing). Run ./scripts/setup.sh in the repository root.");
        }
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { main, "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(), "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry" },
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // In memory, Azurite keeps no database file to rewrite every few seconds (a pause that grows with
        // the number of blobs), but a stop loses everything: for benchmarks, never for the outage tests.
        if (_inMemory)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(_dataFolder);
        }
        // Azurite 3.35 reports telemetry to Application Insights unless told not to; tests stay offline.
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("Azurite needs Node.js: 'node' was not found on PATH.", ex);
        }
        // Drain the pipes so a chatty emulator never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilAnswersAsync(process);
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    private async Task WaitUntilAnswersAsync(Process process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} while starting on port {Port}.");
            }
            try
            {
                // Any HTTP answer (even 403 for an unsigned request) means it is listening.
                using var response = await http.GetAsync($"http://127.0.0.1:{Port}/devstoreaccount1?comp=list");
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"Azurite did not answer on port {Port} within {StartTimeout.TotalSeconds} s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> TerminateAsync(int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", pid.ToString()]) { UseShellExecute = false });
        if (kill is null)
        {
            return false;
        }
        await kill.WaitForExitAsync();
        return kill.ExitCode == 0;
    }
}
