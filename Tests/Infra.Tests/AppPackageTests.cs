using System.Text.Json.Nodes;

namespace AllianceBot.Infra.Tests;

public sealed class AppPackageTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    // The bot's commands as issue #7 lists them; the Teams command menu must offer exactly these, in this order.
    private static readonly string[] BotCommands =
    [
        "debrief", "quick debrief", "ask", "my debriefs", "show", "delete", "status", "my practitioners", "digest", "help",
    ];

    private JsonNode Manifest => JsonNode.Parse(File.ReadAllText(package.ManifestPath))!;

    [Fact]
    public void Package_ValidParameters_HoldsManifestAndBothIconsAtRoot()
    {
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.EntryNames);
    }

    [Fact]
    public async Task Manifest_BuiltPackage_PassesOfficialTeamsSchema()
    {
        var result = await ManifestValidator.ValidateAsync(package.ManifestPath);

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Theory]
    [InlineData("missing privacy url")]
    [InlineData("bot id not a guid")]
    [InlineData("eleven commands")]
    [InlineData("accent colour not hex")]
    [InlineData("unknown property")]
    public async Task Manifest_DeliberatelyBroken_FailsOfficialTeamsSchema(string breakage)
    {
        var manifest = Manifest;
        var bot = manifest["bots"]![0]!;
        switch (breakage)
        {
            case "missing privacy url": manifest["developer"]!.AsObject().Remove("privacyUrl"); break;
            case "bot id not a guid": bot["botId"] = "alliancebot"; break;
            case "eleven commands": bot["commandLists"]![0]!["commands"]!.AsArray().Add(new JsonObject { ["title"] = "x", ["description"] = "y" }); break;
            case "accent colour not hex": manifest["accentColor"] = "teal"; break;
            case "unknown property": manifest["botz"] = new JsonArray(); break;
        }

        var path = Path.Combine(package.Folder, $"broken-{breakage.Replace(' ', '-')}.json");
        await File.WriteAllTextAsync(path, manifest.ToJsonString());

        var result = await ManifestValidator.ValidateAsync(path);

        Assert.True(result.ExitCode != 0, $"'{breakage}' passed validation: {result.Output}");
    }

    [Fact]
    public void Manifest_BuiltPackage_CommandListMatchesBotCommands()
    {
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray();

        var list = Assert.Single(lists);
        Assert.Equal(["personal"], list!["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(BotCommands, list["commands"]!.AsArray().Select(c => (string)c!["title"]!));
    }

    [Fact]
    public void Manifest_CommandTexts_WithinTeamsDisplayLimits()
    {
        // The schema allows longer strings; Teams' documented limits for the command menu are 32 and 128.
        foreach (var command in Manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray())
        {
            var title = (string)command!["title"]!;
            var description = (string)command["description"]!;
            Assert.InRange(title.Length, 1, 32);
            Assert.InRange(description.Length, 1, 128);
        }
    }

    [Fact]
    public void Manifest_BuiltPackage_PersonalScopeOnly()
    {
        var bot = Assert.Single(Manifest["bots"]!.AsArray())!;

        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Equal("personal", (string)Manifest["defaultInstallScope"]!);
        Assert.Null(Manifest["staticTabs"]);
        Assert.Null(Manifest["configurableTabs"]);
        Assert.Null(Manifest["composeExtensions"]);
    }

    [Fact]
    public void Manifest_Parameters_LandWhereTeamsReadsThem()
    {
        var m = Manifest;

        Assert.Equal(BuiltPackage.AppId, (string)m["id"]!);
        Assert.Equal(BuiltPackage.AppId, (string)m["bots"]![0]!["botId"]!);
        Assert.Equal("1.2.3", (string)m["version"]!);
        Assert.Equal("AllianceBot", (string)m["name"]!["short"]!);
        Assert.Equal("https://contoso.example/privacy", (string)m["developer"]!["privacyUrl"]!);
        Assert.Equal("https://contoso.example/terms", (string)m["developer"]!["termsOfUseUrl"]!);
        Assert.Equal([BuiltPackage.Domain], m["validDomains"]!.AsArray().Select(d => (string)d!));
    }

    [Fact]
    public void Manifest_IconPaths_NameFilesInThePackage()
    {
        var icons = Manifest["icons"]!;

        Assert.Contains((string)icons["color"]!, package.EntryNames);
        Assert.Contains((string)icons["outline"]!, package.EntryNames);
    }
}
