using System.Diagnostics;
using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;
using Azure.Storage.Blobs;

// dotnet run -c Release --project Tests/LookupBench [-- --local] [--sizes 50,500,2000] [--lookups 200]
// One practitioner's archive of N debriefs over 40 clients; then the lookup of one client's latest
// debrief, timed both ways: through the client's markers (GetLatestJsonAsync: one short listing, one
// read) and the way it was done before pointers and markers (list the practitioner's index, pick the
// client's newest, read its record).
var local = args.Contains("--local");
string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
var sizes = Arg("--sizes", "50,500,2000").Split(',').Select(int.Parse).ToArray();
var lookups = int.Parse(Arg("--lookups", "200"));
const string Practitioner = "aad:bench-practitioner";
const int Clients = 40;

AzuriteFixture? azurite = null;
var folders = new List<string>();
try
{
    if (!local)
    {
        azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
    }
    Console.WriteLine($"backend: {(local ? "local folder" : "Azurite (Blob)")}, {lookups} lookups per size, {Clients} clients");
    Console.WriteLine();
    Console.WriteLine("| debriefs | markers ms/lookup | index listing ms/lookup | listing / markers |");
    Console.WriteLine("|---:|---:|---:|---:|");
    foreach (var size in sizes)
    {
        var archive = new StorageDebriefArchive(Create($"archive{size}"));
        var day = new DateOnly(2020, 1, 1);
        for (var i = 0; i < size; i++)
        {
            await archive.SaveAsync(new ArchivedDebrief(DebriefIds.New(day.AddDays(i / 4)), Practitioner, day.AddDays(i / 4),
                "{\"ratings\":{\"goals\":4,\"tasks\":4,\"bond\":" + (1 + i % 5) + "}}", "# debrief\n",
                new Dictionary<string, string> { [DebriefTags.ClientCode] = $"C-{i % Clients}" }));
        }
        var pointer = await TimeAsync(client => archive.GetLatestJsonAsync(Practitioner, client));
        var listing = await TimeAsync(async client =>
        {
            var entries = await archive.ListRecentAsync(Practitioner, int.MaxValue);
            var latest = entries.First(e => e.Tags[DebriefTags.ClientCode] == client);
            return await archive.GetJsonAsync(Practitioner, latest);
        });
        Console.WriteLine($"| {size:N0} | {pointer:0.000} | {listing:0.000} | {listing / pointer:0.0}x |");
    }
}
finally
{
    if (azurite is not null)
    {
        await azurite.DisposeAsync();
    }
    foreach (var folder in folders)
    {
        Directory.Delete(folder, recursive: true);
    }
}

IStorage Create(string name)
{
    if (local)
    {
        var folder = Path.Combine(Path.GetTempPath(), "lookupbench-" + Guid.NewGuid().ToString("N"));
        folders.Add(folder);
        return new LocalFolderStorage(folder);
    }
    return new BlobStorage(new BlobServiceClient(azurite!.ConnectionString, new BlobClientOptions()).GetBlobContainerClient(name));
}

// Warm (each client looked up once), then the mean over the lookups.
async Task<double> TimeAsync(Func<string, Task<string?>> lookup)
{
    for (var c = 0; c < Clients; c++)
    {
        _ = await lookup($"C-{c}") ?? throw new InvalidOperationException($"C-{c} has no debrief");
    }
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < lookups; i++)
    {
        _ = await lookup($"C-{i % Clients}") ?? throw new InvalidOperationException("lookup found nothing");
    }
    return watch.Elapsed.TotalMilliseconds / lookups;
}
