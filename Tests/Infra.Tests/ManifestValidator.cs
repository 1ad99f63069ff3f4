using System.Diagnostics;

namespace AllianceBot.Infra.Tests;

/// <summary>Runs infra/appPackage/validate-manifest.mjs, i.e. the official Teams schema through Ajv.</summary>
internal static class ManifestValidator
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> ValidateAsync(string manifestPath)
    {
        // A missing schema must fail loudly, never pass: setup.sh runs npm ci, so this only trips on a broken machine.
        Assert.True(Directory.Exists(RepoRoot.File("node_modules", "@microsoft", "app-manifest")),
            "node_modules/@microsoft/app-manifest is missing; run ./scripts/setup.sh (npm ci).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepoRoot.File("infra", "appPackage", "validate-manifest.mjs"));
        start.ArgumentList.Add(manifestPath);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout + await stderr);
    }
}
