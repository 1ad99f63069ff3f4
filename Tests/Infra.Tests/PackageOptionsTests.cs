using System.Diagnostics;
using AllianceBot.PackageTool;

namespace AllianceBot.Infra.Tests;

public sealed class PackageOptionsTests
{
    private const string AppId = "0b7e4d2a-91c3-4f6e-8a25-6d1f0c9b3e47";

    private static List<string> ValidArgs() =>
    [
        "--app-id", AppId, "--privacy-url", "https://contoso.example/privacy",
        "--terms-url", "https://contoso.example/terms", "--domain", "bot.contoso.example",
    ];

    private static List<string> With(string key, string? value)
    {
        var args = ValidArgs();
        var at = args.IndexOf(key);
        if (at >= 0)
        {
            args.RemoveRange(at, 2);
        }

        if (value is not null)
        {
            args.AddRange([key, value]);
        }

        return args;
    }

    [Fact]
    public void Parse_RequiredOnly_FillsDefaults()
    {
        var (options, errors) = PackageOptions.Parse(ValidArgs());

        Assert.Empty(errors);
        Assert.Equal(Guid.Parse(AppId), options!.BotId);
        Assert.Equal("1.0.0", options.PackageVersion);
        Assert.Equal("AllianceBot", options.ShortName);
        Assert.Equal("alliancebot-teams.zip", options.OutputPath);
    }

    [Theory]
    [InlineData("alliancebot")]
    [InlineData("6f1c0b1e3a5d4f579c412d7b8e9a0c11")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void Parse_NonGuidAppId_RefusedNamingTheOption(string appId)
    {
        var (options, errors) = PackageOptions.Parse(With("--app-id", appId));

        Assert.Null(options);
        Assert.Contains(errors, e => e.StartsWith("--app-id must be a GUID", StringComparison.Ordinal) && e.Contains(appId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--app-id")]
    [InlineData("--privacy-url")]
    [InlineData("--terms-url")]
    [InlineData("--domain")]
    public void Parse_RequiredOptionMissing_RefusedAsRequired(string option)
    {
        var (options, errors) = PackageOptions.Parse(With(option, null));

        Assert.Null(options);
        Assert.Contains(errors, e => e.StartsWith($"{option} is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--privacy-url", "http://contoso.example/privacy")]
    [InlineData("--terms-url", "contoso.example/terms")]
    [InlineData("--domain", "https://bot.contoso.example/api/messages")]
    [InlineData("--version", "1.0")]
    [InlineData("--name", "A name that is far longer than thirty characters")]
    public void Parse_MalformedValue_Refused(string option, string value)
    {
        var (options, errors) = PackageOptions.Parse(With(option, value));

        Assert.Null(options);
        Assert.Contains(errors, e => e.StartsWith(option, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnknownArgument_Refused()
    {
        var (_, errors) = PackageOptions.Parse([.. ValidArgs(), "--colour", "teal"]);

        Assert.Contains("unknown argument '--colour'.", errors);
    }

    [Fact]
    public void RenderManifest_NameWithQuotes_StaysValidJson()
    {
        var (options, _) = PackageOptions.Parse(With("--full-name", "The \"Alliance\" Bot \\ Équipe"));

        var manifest = System.Text.Json.Nodes.JsonNode.Parse(PackageBuilder.RenderManifest(options!))!;

        Assert.Equal("The \"Alliance\" Bot \\ Équipe", (string)manifest["name"]!["full"]!);
    }

    [Fact]
    public async Task Tool_BadAppId_ExitsNonZeroAndWritesNoZip()
    {
        var folder = Directory.CreateTempSubdirectory("alliancebot-tool-").FullName;
        try
        {
            var output = Path.Combine(folder, "out.zip");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AllianceBot.PackageTool.dll"));
            foreach (var arg in With("--app-id", "not-a-guid").Concat(["--out", output]))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.Equal(2, process.ExitCode);
            Assert.Contains("error: --app-id must be a GUID", stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(output));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
