using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Detection;
using AllianceBot.Dialogs.Archive;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AllianceBot.Bot.Storage;
using AllianceBot.DigestBench;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Digests;
using AllianceBot.TestKit;
using Azure.Storage.Blobs;

// dotnet run -c Release --project Tests/DigestBench [-- --local] [--debriefs 10000] [--supervisors 50]
var local = args.Contains("--local");
int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
var totalDebriefs = Arg("--debriefs", 10_000);
var supervisorCount = Arg("--supervisors", 50);
const int PractitionersPerSupervisor = 10;
var lastDay = new DateOnly(2026, 11, 20);

AzuriteFixture? azurite = null;
string? folder = null;
try
{
    IStorage Create(string name)
    {
        if (local)
        {
            folder ??= Path.Combine(Path.GetTempPath(), "digestbench-" + Guid.NewGuid().ToString("N"));
            return new LocalFolderStorage(Path.Combine(folder, name));
        }
        return new BlobStorage(new BlobServiceClient(azurite!.ConnectionString, new BlobClientOptions()).GetBlobContainerClient(name));
    }
    if (!local)
    {
        azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
    }
    Console.WriteLine($"backend: {(local ? "local folder" : "Azurite (Blob)")}");

    // 1. One supervisor, 10 practitioners, 200 debriefs in the week (and 200 in the week before, for trends).
    var one = new CountingStorage(Create("one"));
    var oneRoster = await SeedRosterAsync(one, 1);
    await SeedAsync(one, oneRoster, Enumerable.Range(0, 400).Select(i => lastDay.AddDays(-(i % 14))));
    await MeasureAsync("1 supervisor, week of 200 debriefs", one, oneRoster, DigestPeriod.WeekEnding(lastDay));

    // 2. 50 supervisors, 500 practitioners, 10,000 debriefs spread over a year.
    var many = new CountingStorage(Create("many"));
    var manyRoster = await SeedRosterAsync(many, supervisorCount);
    var random = new Random(7);
    await SeedAsync(many, manyRoster, Enumerable.Range(0, totalDebriefs).Select(_ => lastDay.AddDays(-random.Next(365))));
    await MeasureAsync($"{supervisorCount} supervisors, {totalDebriefs} debriefs/year, last week", many, manyRoster, DigestPeriod.WeekEnding(lastDay));
    await MeasureAsync($"{supervisorCount} supervisors, {totalDebriefs} debriefs/year, a week a month earlier", many, manyRoster, DigestPeriod.WeekEnding(lastDay.AddDays(-28)));
    // Growth check: double what is stored outside the period; the period's cost must not move.
    await SeedAsync(many, manyRoster, Enumerable.Range(0, totalDebriefs).Select(_ => lastDay.AddDays(-14 - random.Next(351))));
    await MeasureAsync($"{supervisorCount} supervisors, {2 * totalDebriefs} stored (extra outside the period), last week", many, manyRoster, DigestPeriod.WeekEnding(lastDay));
    return 0;
}
finally
{
    if (azurite is not null)
    {
        await azurite.DisposeAsync();
    }
    if (folder is not null)
    {
        Directory.Delete(folder, recursive: true);
    }
}

static async Task<Roster> SeedRosterAsync(IStorage archive, int supervisors)
{
    var json = JsonSerializer.Serialize(new
    {
        supervisors = Enumerable.Range(0, supervisors).Select(s => new
        {
            id = Id(0xA, s),
            name = $"Supervisor {s}",
            timeZone = "Europe/London",
            practitioners = Enumerable.Range(0, PractitionersPerSupervisor).Select(p => new { id = Id(0xB, s * PractitionersPerSupervisor + p), name = $"Practitioner {s}-{p}" }),
        }),
    });
    var result = await new RosterStore(archive, TimeProvider.System).ImportAsync(Encoding.UTF8.GetBytes(json));
    return result.Roster ?? throw new InvalidOperationException(string.Join(" ", result.Errors));
}

static string Id(int kind, int n) => $"{kind:x}{n:x7}-0000-4000-8000-000000000000";

static async Task SeedAsync(IStorage archive, Roster roster, IEnumerable<DateOnly> dates)
{
    var debriefs = new StorageDebriefArchive(archive);
    var practitioners = roster.Supervisors.SelectMany(s => s.Practitioners).Select(p => p.Id).ToArray();
    var clock = Stopwatch.StartNew();
    var items = dates.Select((date, i) => (date, i, practitioner: practitioners[i % practitioners.Length])).ToList();
    await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (x, ct) =>
    {
        var findings = x.i % 20 == 0 ? [SampleDebriefs.Finding("BV-GIFT", Severity.Violation, "accepted a gift")]
            : x.i % 6 == 0 ? new[] { SampleDebriefs.Finding("BS-TIME", Severity.Warning, "ran over") } : [];
        var record = SampleDebriefs.Record(x.practitioner, x.date, DebriefIds.New(x.date),
            new RatingsRecord(1 + x.i % 5, 1 + x.i * 7 % 5, 1 + x.i * 3 % 5), findings, nextSteps: x.i % 9 == 0 ? null : "Book a follow-up");
        await SampleDebriefs.SaveAsync(debriefs, record);
    });
    Console.WriteLine($"  seeded {items.Count} debriefs in {clock.Elapsed.TotalSeconds:0.0} s");
}

static async Task MeasureAsync(string label, CountingStorage archive, Roster roster, DigestPeriod period)
{
    var service = new DigestService(new StorageDebriefArchive(archive), archive, new RosterStore(archive, TimeProvider.System), TimeProvider.System);
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var before = GC.GetTotalMemory(true);
    var allocated = GC.GetTotalAllocatedBytes(true);
    archive.Reset();
    var clock = Stopwatch.StartNew();
    var debriefs = 0;
    var peakManaged = before;
    foreach (var supervisor in roster.Supervisors)
    {
        var digest = (await service.ComposeAsync(supervisor.Id, period))!;
        debriefs += digest.DebriefCount;
        _ = DigestHtmlRenderer.Render(digest);
        _ = DigestCardBuilder.Build(digest);
        peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
    }
    clock.Stop();
    Console.WriteLine($"{label}: {roster.Supervisors.Count} digest(s), {debriefs} debriefs in period, {clock.Elapsed.TotalMilliseconds:0} ms " +
        $"({clock.Elapsed.TotalMilliseconds / roster.Supervisors.Count:0.0} ms/digest); lists {archive.Lists}, entries listed {archive.Listed}, reads {archive.Reads}; " +
        $"managed heap peak +{(peakManaged - before) / 1024.0 / 1024:0.0} MB, allocated {(GC.GetTotalAllocatedBytes(true) - allocated) / 1024.0 / 1024:0.0} MB, " +
        $"process peak working set {Environment.WorkingSet / 1024 / 1024} MB now / {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB peak");
}
