using System.Text.Json;
using System.Text.RegularExpressions;

namespace AllianceBot.Infra.Tests;

public sealed class BicepTests
{
    private static readonly string BicepFolder = RepoRoot.File("infra", "bicep");
    private static BicepFile Main => BicepFile.Load(Path.Combine(BicepFolder, "main.bicep"));
    private static BicepFile WebApp => BicepFile.Load(Path.Combine(BicepFolder, "modules", "webapp.bicep"));

    public static TheoryData<string> AllBicepFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(BicepFolder, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(BicepFolder, file));
        }

        return data;
    }

    [Fact]
    public void AppSettings_WebApp_MatchExpectedList()
    {
        // The lead's test checks that the bot binds every key in this list; this one ties the list to the Bicep.
        var expected = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(BicepFolder, "expected-app-settings.json")))!;

        var actual = WebApp.NamesInArray("appSettings");

        Assert.Equal(actual.Count, actual.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllBicepFiles))]
    public void Brackets_EveryBicepFile_Balance(string relativePath)
    {
        var problem = BicepFile.Load(Path.Combine(BicepFolder, relativePath)).BracketProblem();

        Assert.True(problem is null, $"{relativePath}: {problem}");
    }

    [Theory]
    [InlineData("param a string = '${b}' // }\nvar x = { y: [ 1 ] }", null)]
    [InlineData("var s = '${concat('a', '}')}'\nvar o = {}", null)]
    [InlineData("var o = {\n  a: [1\n}", "closes '['")]
    [InlineData("var o = { a: 'text }", "never closed")]
    [InlineData("var o = }", "closes nothing")]
    public void BracketProblem_Snippet_FoundOnlyWhenBroken(string bicep, string? expectedProblem)
    {
        var path = Path.Combine(Path.GetTempPath(), $"alliancebot-snippet-{Guid.NewGuid():N}.bicep");
        File.WriteAllText(path, bicep);
        try
        {
            var problem = BicepFile.Load(path).BracketProblem();

            if (expectedProblem is null)
            {
                Assert.Null(problem);
            }
            else
            {
                Assert.Contains(expectedProblem, problem, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Modules_ReferencedFromMain_ExistAndAreAllUsed()
    {
        var referenced = Main.Modules.Select(m => Path.GetFullPath(Path.Combine(BicepFolder, m.RelativePath))).ToList();
        var onDisk = Directory.GetFiles(Path.Combine(BicepFolder, "modules"), "*.bicep").Select(Path.GetFullPath);

        Assert.All(referenced, path => Assert.True(File.Exists(path), $"module file {path} does not exist"));
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), referenced.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ModuleParams_PassedFromMain_MatchModuleDeclarations()
    {
        foreach (var (symbol, relativePath, passed) in Main.Modules)
        {
            var declared = BicepFile.Load(Path.Combine(BicepFolder, relativePath)).Params;

            var unknown = passed.Except(declared.Keys);
            var missing = declared.Where(p => !p.Value).Select(p => p.Key).Except(passed);

            Assert.True(!unknown.Any(), $"module {symbol} is passed undeclared params: {string.Join(", ", unknown)}");
            Assert.True(!missing.Any(), $"module {symbol} is not passed required params: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void ModuleOutputs_UsedInMain_AreDeclaredByTheModule()
    {
        var modules = Main.Modules.ToDictionary(m => m.Symbol, m => BicepFile.Load(Path.Combine(BicepFolder, m.RelativePath)).Outputs);

        foreach (Match use in Regex.Matches(Main.Text, @"\b(\w+)!?\.outputs\.(\w+)"))
        {
            var (symbol, output) = (use.Groups[1].Value, use.Groups[2].Value);
            Assert.True(modules.ContainsKey(symbol), $"'{use.Value}' refers to no module");
            Assert.True(modules[symbol].Contains(output), $"module {symbol} has no output '{output}'");
        }
    }

    [Fact]
    public void ParametersFile_EveryParameter_DeclaredInMain()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(BicepFolder, "main.parameters.json")));
        var inFile = json.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();
        var declared = Main.Params;

        Assert.NotEmpty(inFile);
        Assert.All(inFile, name => Assert.True(declared.ContainsKey(name), $"main.parameters.json sets '{name}', which main.bicep does not declare"));
        // A parameter without a default must come from somewhere: the file, or the README's -p line.
        Assert.All(declared.Where(p => !p.Value), p => Assert.Contains(p.Key, inFile));
    }

    [Fact]
    public void Outputs_Main_GiveWhatTheReadmeUses()
    {
        Assert.Superset(new HashSet<string> { "appHostName", "botId", "storageBlobEndpoint", "webAppName" }, Main.Outputs.ToHashSet());
    }

    [Theory]
    [InlineData("storage.bicep", "allowBlobPublicAccess", "false")]
    [InlineData("storage.bicep", "allowSharedKeyAccess", "false")]
    [InlineData("storage.bicep", "minimumTlsVersion", "'TLS1_2'")]
    [InlineData("storage.bicep", "supportsHttpsTrafficOnly", "true")]
    [InlineData("storage.bicep", "isVersioningEnabled", "true")]
    [InlineData("storage.bicep", "daysAfterModificationGreaterThan", "retentionDays")]
    [InlineData("storage.bicep", "daysAfterCreationGreaterThan", "versionRetentionDays")]
    [InlineData("webapp.bicep", "httpsOnly", "true")]
    [InlineData("webapp.bicep", "ftpsState", "'Disabled'")]
    [InlineData("webapp.bicep", "minTlsVersion", "'1.2'")]
    [InlineData("webapp.bicep", "healthCheckPath", "'/readyz'")]
    [InlineData("webapp.bicep", "linuxFxVersion", "'DOTNETCORE|10.0'")]
    [InlineData("webapp.bicep", "appCommandLine", "'dotnet AllianceBot.Bot.dll'")]
    [InlineData("webapp.bicep", "alwaysOn", "true")]
    [InlineData("openai.bicep", "disableLocalAuth", "true")]
    [InlineData("keyvault.bicep", "enableRbacAuthorization", "true")]
    [InlineData("bot.bicep", "msaAppType", "'UserAssignedMSI'")]
    [InlineData("bot.bicep", "channelName", "'MsTeamsChannel'")]
    public void Hardening_Module_KeepsSetting(string module, string property, string value)
    {
        var text = BicepFile.Load(Path.Combine(BicepFolder, "modules", module)).Text;

        Assert.Matches(new Regex($@"^\s*{Regex.Escape(property)}\s*:\s*{Regex.Escape(value)}\s*(//.*)?$", RegexOptions.Multiline), text);
    }

    [Theory]
    [InlineData("storage.bicep", "ba92f5b4-2d11-453d-a403-e96b0029c9fe")] // Storage Blob Data Contributor
    [InlineData("openai.bicep", "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd")] // Cognitive Services OpenAI User
    [InlineData("keyvault.bicep", "4633458b-17de-408a-b874-0445c86b69e6")] // Key Vault Secrets User
    public void RoleAssignment_Module_GrantsTheBuiltInRole(string module, string roleDefinitionId)
    {
        var text = BicepFile.Load(Path.Combine(BicepFolder, "modules", module)).Text;

        Assert.Contains($"'{roleDefinitionId}'", text, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Authorization/roleAssignments@", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_RetentionAndEndpoint_AsTheIssueAsks()
    {
        var text = Main.Text;

        Assert.Matches(@"(?m)^param retentionDays int = 2555$", text);
        Assert.Contains("endpoint: 'https://${webApp.outputs.hostName}/api/messages'", text, StringComparison.Ordinal);
        Assert.Contains("'${archiveContainer}/'", BicepFile.Load(Path.Combine(BicepFolder, "modules", "storage.bicep")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_ParameterTable_ExplainsEveryMainParam()
    {
        var readme = File.ReadAllText(RepoRoot.File("infra", "README.md"));

        var undocumented = Main.Params.Keys.Where(name => !readme.Contains($"`{name}`", StringComparison.Ordinal)).ToList();

        Assert.True(undocumented.Count == 0, $"infra/README.md does not explain: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void StartupCommand_WebApp_NamesTheBotAssembly()
    {
        // The Web App starts the dll by name; renaming the Bot assembly must not silently break the deployment.
        var csproj = File.ReadAllText(RepoRoot.File("Bot", "AllianceBot.Bot.csproj"));
        var assembly = Regex.Match(csproj, "<AssemblyName>([^<]+)</AssemblyName>").Groups[1].Value;

        Assert.NotEmpty(assembly);
        Assert.Contains($"appCommandLine: 'dotnet {assembly}.dll'", WebApp.Text, StringComparison.Ordinal);
    }
}
