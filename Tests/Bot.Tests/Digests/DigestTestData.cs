using AllianceBot.Dialogs.Archive;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Detection;
using AllianceBot.TestKit;

namespace AllianceBot.Bot.Tests.Digests;

/// <summary>A roster of two supervisors in different time zones and a few archived debriefs.</summary>
internal static class DigestTestData
{
    public const string Dana = "aaaaaaaa-0000-4000-8000-000000000001";   // Vancouver: Sam, Alex
    public const string Lee = "aaaaaaaa-0000-4000-8000-000000000002";    // UTC (fallback): Kim
    public const string Sam = "bbbbbbbb-0000-4000-8000-000000000001";
    public const string Alex = "bbbbbbbb-0000-4000-8000-000000000002";
    public const string Kim = "bbbbbbbb-0000-4000-8000-000000000003";

    /// <summary>Friday 20 November 2026, 16:00 UTC: Lee's digest is due, Dana's (Vancouver) eight hours later.</summary>
    public static readonly DateTimeOffset FridayAt1600Utc = new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero);

    public static readonly string RosterJson = $$"""
        {"supervisors":[
          {"id":"{{Dana}}","name":"Dana Lee","timeZone":"America/Vancouver","practitioners":[
            {"id":"{{Sam}}","name":"Sam Rivera"},{"id":"{{Alex}}","name":"Alex Chen"}]},
          {"id":"{{Lee}}","name":"Lee Park","practitioners":[{"id":"{{Kim}}","name":"Kim Osei"}]}
        ]}
        """;

    public static async Task SeedAsync(IStorage archive, TimeProvider time)
    {
        var roster = await new RosterStore(archive, time).ImportAsync(Encoding.UTF8.GetBytes(RosterJson));
        Assert.True(roster.Ok, string.Join(" ", roster.Errors));
        await DebriefAsync(archive, Kim, new(2026, 11, 17), "D-20261117-K1M01", 4, 3, 4, ("BS-TIME", "Warning", "stayed an hour over"));
        await DebriefAsync(archive, Sam, new(2026, 11, 18), "D-20261118-SAM01", 3, 3, 2, ("BV-GIFT", "Violation", "accepted a watch"));
        await DebriefAsync(archive, Alex, new(2026, 11, 19), "D-20261119-A1X01", 5, 4, 5);
    }

    /// <summary>Saves a debrief through the archive, as the bot does.</summary>
    public static Task DebriefAsync(IStorage archive, string practitioner, DateOnly date, string id, int goals, int tasks, int bond,
        params (string Code, string Severity, string Evidence)[] findings)
        => SampleDebriefs.SaveAsync(new StorageDebriefArchive(archive), SampleDebriefs.Record(practitioner, date, id, new RatingsRecord(goals, tasks, bond),
            findings.Select(f => SampleDebriefs.Finding(f.Code, Enum.Parse<Severity>(f.Severity), f.Evidence)).ToList(),
            nextSteps: "Book a follow-up in two weeks"));
}

/// <summary>Records what would have gone to Teams; can be told to fail or to run something during a send.</summary>
internal sealed class RecordingMessenger : IProactiveMessenger
{
    public ConcurrentQueue<(string User, Activity Activity)> Sent { get; } = new();
    public bool Reachable { get; set; } = true;
    public Func<Task>? DuringSend { get; set; }

    public async Task<bool> SendToUserAsync(string userKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (!Reachable)
        {
            return false;
        }
        foreach (var activity in activities)
        {
            Sent.Enqueue((userKey, activity));
        }
        if (DuringSend is { } hook)
        {
            DuringSend = null;
            await hook();
        }
        return true;
    }

    public int To(string user) => Sent.Count(s => s.User == user);
}
