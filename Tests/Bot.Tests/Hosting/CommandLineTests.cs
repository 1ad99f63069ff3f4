using System.Diagnostics;
using AllianceBot.Bot.Cli;

namespace AllianceBot.Bot.Tests.Hosting;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("--urls", "http://127.0.0.1:5000", "--help")]
    public void TryHandle_HelpFlag_PrintsUsageAndExitsZero(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = CommandLine.TryHandle(args, output, error);

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("version")]
    public void TryHandle_Version_PrintsVersion(string flag)
    {
        var output = new StringWriter();

        Assert.Equal(0, CommandLine.TryHandle([flag], output, TextWriter.Null));
        Assert.Matches(@"^AllianceBot \d+\.\d+", output.ToString());
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("chta")]
    public void TryHandle_UnknownVerb_PrintsUsageToErrorAndExitsTwo(string verb)
    {
        var error = new StringWriter();

        Assert.Equal(2, CommandLine.TryHandle([verb], TextWriter.Null, error));
        Assert.Contains($"Unknown command '{verb}'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage:", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5000")]
    [InlineData("Storage:Kind=Memory")]
    [InlineData("chat")]
    [InlineData("ask", "what is P8?", "--help")]
    [InlineData("roster", "show")]
    public void TryHandle_VerbsAndConfiguration_PassThrough(params string[] args)
        => Assert.Null(CommandLine.TryHandle(args, TextWriter.Null, TextWriter.Null));

    /// <summary>The real program: it must answer and exit, never start Kestrel or the digest scheduler.</summary>
    [Theory]
    [InlineData(0, "--help")]
    [InlineData(0, "-h")]
    [InlineData(0, "--version")]
    [InlineData(2, "frobnicate")]
    public async Task Program_HelpVersionOrUnknownVerb_ExitsWithoutStartingTheServer(int expected, string arg)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "AllianceBot.Bot.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(arg);
        // A port nobody else uses here: if the server started anyway, it would say so on stdout.
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{arg}' did not exit: the server started. Output: {await stdout}");
        }

        var all = await stdout + await stderr;
        Assert.Equal(expected, process.ExitCode);
        Assert.DoesNotContain("Now listening", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Digest scheduler started", all, StringComparison.Ordinal);
        Assert.Contains(arg == "--version" ? "AllianceBot " : "Usage:", all, StringComparison.Ordinal);
    }
}
