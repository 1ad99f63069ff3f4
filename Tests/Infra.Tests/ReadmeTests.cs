using System.Text.RegularExpressions;
using AllianceBot.PackageTool;

namespace AllianceBot.Infra.Tests;

/// <summary>The deploy guide's commands are copied and pasted by people in a hurry: keep them in step with the code.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(RepoRoot.File("infra", "README.md"));

    [Fact]
    public void PackageCommand_InReadme_ParsesWithoutErrors()
    {
        var command = ContinuedCommand("dotnet run --project infra/PackageTool --");
        var args = ShellWords().Matches(command).Select(m => m.Value.Trim('"')).Skip(5) // dotnet run --project infra/PackageTool --
            .Select(a => a.Replace("$BOT_APP_ID", "6f1c0b1e-3a5d-4f57-9c41-2d7b8e9a0c11", StringComparison.Ordinal)
                          .Replace("$APP_HOST", "alliancebot-abc.azurewebsites.net", StringComparison.Ordinal))
            .ToList();

        var (options, errors) = PackageOptions.Parse(args);

        Assert.Empty(errors);
        Assert.NotNull(options);
    }

    [Fact]
    public void DeploymentCommand_InReadme_SetsOnlyDeclaredParameters()
    {
        var declared = BicepFile.Load(RepoRoot.File("infra", "bicep", "main.bicep")).Params;
        var command = ContinuedCommand("az deployment group create");

        var set = Regex.Matches(command, @"--parameters\s+((?:\w+=\S+\s*)+)")
            .SelectMany(m => Regex.Matches(m.Groups[1].Value, @"(\w+)=").Select(p => p.Groups[1].Value))
            .ToList();

        Assert.NotEmpty(set);
        Assert.All(set, name => Assert.True(declared.ContainsKey(name), $"README sets '{name}', which main.bicep does not declare"));
        Assert.Contains("--parameters @infra/bicep/main.parameters.json", command, StringComparison.Ordinal);
        Assert.Contains("--template-file infra/bicep/main.bicep", command, StringComparison.Ordinal);
    }

    /// <summary>The first command in the README that starts with <paramref name="start"/>, joined across "\" line ends.</summary>
    private static string ContinuedCommand(string start)
    {
        var at = Readme.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"infra/README.md has no '{start}' command");
        var lines = Readme[at..].Split('\n');
        var taken = lines.TakeWhile(l => l.TrimEnd().EndsWith('\\')).ToList();
        taken.Add(lines[taken.Count]);
        return string.Join(' ', taken.Select(l => l.TrimEnd().TrimEnd('\\')));
    }

    [GeneratedRegex("\"[^\"]*\"|\\S+")]
    private static partial Regex ShellWords();
}
