using System.Text;
using AllianceBot.Bot.Hosting;
using AllianceBot.Bot.Storage;
using AllianceBot.Bot.Tests.Storage;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests.Privacy;

/// <summary>
/// The product's own debrief over the real endpoint, on the local folder (journal and files) and on
/// Azurite: after every step, every byte at rest is searched for the names and identifiers the
/// practitioner typed. None may be there, not in the state, the journal, the archive or metadata.
/// An abandoned debrief is then swept after its lifetime and nothing of it remains.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class NothingRawAtRestTests(AzuriteFixture azurite)
{
    private const string Conversation = "a:raw-at-rest;messageid=1";

    /// <summary>What the practitioner types that must never rest on disk.</summary>
    private static readonly string[] Raw =
        ["Sarah", "Johnson", "sarah.johnson@example.org", "604-555-1234", "Okafor", "Maple Crescent", "Priya"];

    private static readonly string[] Steps =
    [
        "debrief",
        "Sarah Johnson",
        "C-417",
        "today",
        "ongoing",
        "in person",
        "Sarah Johnson was upset; her email is sarah.johnson@example.org and her phone 604-555-1234. Her partner Mr. Okafor moved her to 42 Maple Crescent.",
        "4 3 5",
        "1",
        "none",
        "what should I say when Sarah cries in session?",
        "I think I rushed Sarah at the end.",
        "skip",
        "Call Priya about the referral.",
    ];

    [Fact]
    public async Task Debrief_OnLocalFolder_NoRawNameOrIdentifierAfterAnyStep()
    {
        using var folder = new TempFolder();
        var stores = new BotStores(new JournaledFolderStorage(Path.Combine(folder.Path, "state")), new LocalFolderStorage(Path.Combine(folder.Path, "archive")));
        await RunAsync(stores, () => Task.FromResult(ReadFolder(folder.Path)));
    }

    [Fact]
    public async Task Debrief_OnAzurite_NoRawNameOrIdentifierAfterAnyStep()
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var stores = AzuriteCollection.NewStores(azurite, containers: suffix);
        var service = new BlobServiceClient(azurite.ConnectionString);
        await RunAsync(stores, () => ReadBlobsAsync(service, suffix));
    }

    private static async Task RunAsync(BotStores stores, Func<Task<string>> atRest)
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(bot: null, stores: stores, realBot: true,
            configure: s => s.AddSingleton<TimeProvider>(time));
        foreach (var step in Steps)
        {
            await TurnReplies.PostAsync(host, connector, TestActivities.Message(step, connector.ServiceUrl, Conversation));
            AssertNothingRaw(await atRest(), step);
        }
        await DebriefSteps.SkipToPreviewAsync(text => TurnReplies.PostAsync(host, connector, TestActivities.Message(text, connector.ServiceUrl, Conversation)));
        AssertNothingRaw(await atRest(), "preview");
        await TurnReplies.PostAsync(host, connector, TestActivities.Message("confirm", connector.ServiceUrl, Conversation));
        var saved = await atRest();
        AssertNothingRaw(saved, "confirm");
        Assert.Contains("[name]", saved, StringComparison.Ordinal);

        // A second debrief, abandoned: after its lifetime the sweep leaves nothing of it.
        foreach (var step in new[] { "debrief", "C-999", "today", "ongoing", "in person", "We planned the abandoned-draft-marker steps together.", "cancel" })
        {
            await TurnReplies.PostAsync(host, connector, TestActivities.Message(step, connector.ServiceUrl, Conversation));
        }
        Assert.Contains("abandoned-draft-marker", await atRest(), StringComparison.Ordinal);
        time.Advance(new DebriefSettings().DraftTtl + TimeSpan.FromHours(1));
        Assert.Equal(1, await host.Services.GetRequiredService<DraftExpiryService>().SweepOnceAsync(CancellationToken.None));
        var swept = await atRest();
        Assert.DoesNotContain("abandoned-draft-marker", swept, StringComparison.Ordinal);
        Assert.DoesNotContain("C-999", swept, StringComparison.Ordinal);
    }

    private static void AssertNothingRaw(string atRest, string step)
    {
        foreach (var raw in Raw)
        {
            Assert.False(atRest.Contains(raw, StringComparison.OrdinalIgnoreCase), $"'{raw}' is at rest after the step '{step}'.");
        }
    }

    /// <summary>Every file under the folder (documents, journal, locks), as text.</summary>
    private static string ReadFolder(string root)
    {
        var sb = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            sb.Append(file).Append('\n').Append(ReadLocked(file)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// The bot holds its journal open with a .NET lock that refuses other .NET readers; the test reads
    /// the bytes as any other program on the machine could (cat).
    /// </summary>
    private static string ReadLocked(string file)
    {
        using var cat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("cat", [file])
        {
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
        })!;
        var text = cat.StandardOutput.ReadToEnd();
        cat.WaitForExit();
        return text;
    }

    /// <summary>Every blob of the test's containers in Azurite: name, metadata and content.</summary>
    private static async Task<string> ReadBlobsAsync(BlobServiceClient service, string suffix)
    {
        var sb = new StringBuilder();
        foreach (var name in new[] { "state-" + suffix, "archive-" + suffix })
        {
            var container = service.GetBlobContainerClient(name);
            if (!await container.ExistsAsync())
            {
                continue;
            }
            await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.Metadata, Azure.Storage.Blobs.Models.BlobStates.None, prefix: null, CancellationToken.None))
            {
                sb.Append(blob.Name).Append('\n');
                foreach (var (key, value) in blob.Metadata)
                {
                    sb.Append(key).Append('=').Append(Uri.UnescapeDataString(value)).Append('\n');
                }
                var content = await container.GetBlobClient(blob.Name).DownloadContentAsync();
                sb.Append(content.Value.Content.ToString()).Append('\n');
            }
        }
        return sb.ToString();
    }
}
