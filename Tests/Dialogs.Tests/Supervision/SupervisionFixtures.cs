using AllianceBot.Dialogs.Archive;
using System.Text;
using System.Text.Json;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;

namespace AllianceBot.Dialogs.Tests.Supervision;

/// <summary>Roster and archive data shared by the supervision tests: two supervisors, three practitioners.</summary>
internal static class SupervisionFixtures
{
    public const string Dana = "aaaaaaaa-0000-4000-8000-000000000001";      // supervises Sam and Alex
    public const string Lee = "aaaaaaaa-0000-4000-8000-000000000002";       // supervises Kim
    public const string Sam = "bbbbbbbb-0000-4000-8000-000000000001";
    public const string Alex = "bbbbbbbb-0000-4000-8000-000000000002";
    public const string Kim = "bbbbbbbb-0000-4000-8000-000000000003";
    public const string Stranger = "cccccccc-0000-4000-8000-000000000009";

    public static readonly string RosterJson = $$"""
        {"supervisors":[
          {"id":"{{Dana}}","name":"Dana Lee","timeZone":"America/Vancouver","practitioners":[
            {"id":"{{Sam}}","name":"Sam Rivera"},{"id":"{{Alex}}","name":"Alex Chen"}]},
          {"id":"{{Lee}}","name":"Lee Park","practitioners":[{"id":"{{Kim}}","name":"Kim Osei"}]}
        ]}
        """;

    public static async Task<RosterStore> RosterAsync(IStorage archive, TimeProvider? time = null)
    {
        var store = new RosterStore(archive, time ?? TimeProvider.System);
        var result = await store.ImportAsync(Encoding.UTF8.GetBytes(RosterJson));
        Assert.True(result.Ok, string.Join(" ", result.Errors));
        return store;
    }

    /// <summary>Writes a debrief the way the archive does: JSON and Markdown under the practitioner's day folder.</summary>
    public static async Task<string> ArchiveAsync(IStorage archive, string practitioner, DateOnly date, string id,
        int? goals = 4, int? tasks = 4, int? bond = 4, string? nextSteps = "Book a follow-up", params (string Code, string Severity, string Evidence)[] findings)
    {
        var key = DebriefPaths.JsonKey(practitioner, date, id);
        var record = new
        {
            schemaVersion = 1,
            debriefId = id,
            practitioner = new { aadObjectId = practitioner, name = "ignored" },
            date = date.ToString("yyyy-MM-dd"),
            clientCode = "C-104",
            ratings = new { goals, tasks, bond },
            nextSteps,
            findings = findings.Select(f => new { code = f.Code, severity = f.Severity, evidence = f.Evidence, source = "Detected" }),
        };
        await archive.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(record), WriteCondition.IfNotExists);
        await archive.WriteAsync(key[..^5] + ".md", Encoding.UTF8.GetBytes($"# Debrief {id}\nSummary for {practitioner}"), WriteCondition.IfNotExists);
        return key;
    }
}
