using AllianceBot.Bot.Cli;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using Microsoft.Extensions.DependencyInjection;
using static AllianceBot.Bot.Tests.Digests.DigestTestData;

namespace AllianceBot.Bot.Tests.Digests;

public sealed class RosterCommandsTests
{
    private readonly MemoryStorage _archive = new();
    private readonly IServiceProvider _services;

    public RosterCommandsTests()
        => _services = new ServiceCollection().AddSingleton(new BotStores(new MemoryStorage(), _archive)).BuildServiceProvider();

    private async Task<(int? Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await RosterCommands.TryRunAsync(args, _services, output, default);
        return (code, output.ToString());
    }

    private static string File(string json)
    {
        var path = Path.GetTempFileName();
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task TryRunAsync_OtherVerb_ReturnsNull()
    {
        Assert.Null((await RunAsync("chat")).Code);
    }

    [Fact]
    public async Task TryRunAsync_ImportValidFile_StoresRoster()
    {
        var (code, output) = await RunAsync("roster", "import", File(RosterJson));

        Assert.Equal(0, code);
        Assert.Contains("2 supervisor(s), 3 practitioner(s)", output);
        Assert.Equal(Dana, (await new RosterStore(_archive, TimeProvider.System).GetAsync()).SupervisorOf(Sam)!.Id);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("DUP", "already has a supervisor")]
    [InlineData("BADID", "not an Entra object id")]
    public async Task TryRunAsync_ImportBadFile_ClearErrorAndOldRosterKept(string json, string error)
    {
        await RunAsync("roster", "import", File(RosterJson));
        var etag = (await _archive.ReadAsync(RosterStore.Key))!.ETag;
        json = json switch { "DUP" => RosterJson.Replace(Kim, Sam), "BADID" => RosterJson.Replace(Kim, "kim@example.org"), _ => json };

        var (code, output) = await RunAsync("roster", "import", File(json));

        Assert.Equal(1, code);
        Assert.Contains(error, output);
        Assert.Contains("The roster was not changed.", output);
        Assert.Equal(etag, (await _archive.ReadAsync(RosterStore.Key))!.ETag);
    }

    [Fact]
    public async Task TryRunAsync_MissingFile_ClearError()
    {
        var (code, output) = await RunAsync("roster", "import", "/nonexistent/roster.json");

        Assert.Equal(1, code);
        Assert.Contains("Cannot read /nonexistent/roster.json", output);
    }

    [Fact]
    public async Task TryRunAsync_BadUsage_Returns2()
    {
        Assert.Equal(2, (await RunAsync("roster", "frobnicate")).Code);
    }
}
