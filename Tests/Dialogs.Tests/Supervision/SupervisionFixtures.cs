using AllianceBot.Dialogs.Archive;
using System.Text;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Detection;
using AllianceBot.TestKit;
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

    /// <summary>Saves a debrief through the archive, as the bot does; returns the key of its record.</summary>
    public static Task<string> ArchiveAsync(IStorage archive, string practitioner, DateOnly date, string id,
        int? goals = 4, int? tasks = 4, int? bond = 4, string? nextSteps = "Book a follow-up", params (string Code, string Severity, string Evidence)[] findings)
        => SampleDebriefs.SaveAsync(new StorageDebriefArchive(archive), SampleDebriefs.Record(practitioner, date, id, new RatingsRecord(goals, tasks, bond),
            findings.Select(f => SampleDebriefs.Finding(f.Code, Enum.Parse<Severity>(f.Severity), f.Evidence)).ToList(), nextSteps: nextSteps));
}
