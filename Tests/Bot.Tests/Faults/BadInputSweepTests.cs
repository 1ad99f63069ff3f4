using System.Net;
using AllianceBot.Bot.Storage;
using AllianceBot.Bot.Tests.Storage;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;
using Azure.Storage.Blobs;
using Xunit.Abstractions;

namespace AllianceBot.Bot.Tests.Faults;

/// <summary>
/// Posts the seeded hostile corpus (<see cref="HostileActivities"/>) to the real endpoint while a
/// control conversation sits half-way through a guided conversation: every case gets a 4xx or a
/// 2xx without a failed turn, the bot stays up, nothing is written outside the storage root, and
/// the control conversation's stored state is byte for byte what it was.
/// </summary>
public sealed class BadInputSweepTests(ITestOutputHelper output)
{
    private const int Seed = 20261122;
    private const string Control = "a:control;messageid=1";

    [Fact]
    public async Task Sweep_HostileCorpusOnLocalFolder_EachRejectedOrSafeAndControlStateUnchanged()
    {
        using var temp = new TempFolder();
        // Nested root, so a write that escapes it by one or more levels shows up in the folders above.
        var root = Path.Combine(temp.Path, "a", "b", "data");
        using var state = new JournaledFolderStorage(Path.Combine(root, "state"));
        var stores = new BotStores(state, new LocalFolderStorage(Path.Combine(root, "archive")));

        // The control conversation's file, as the journal's checkpoint leaves it.
        await SweepAsync(stores, async () =>
        {
            await state.CheckpointAsync();
            return File.ReadAllBytes(ControlFile(root));
        });

        Assert.Equal(["a"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        Assert.Equal(["b"], Directory.GetFileSystemEntries(Path.Combine(temp.Path, "a")).Select(Path.GetFileName));
        Assert.Equal(["data"], Directory.GetFileSystemEntries(Path.Combine(temp.Path, "a", "b")).Select(Path.GetFileName));
        Assert.Subset(new HashSet<string?> { "archive", "state" }, Directory.GetFileSystemEntries(root).Select(Path.GetFileName).ToHashSet());
    }

    [Fact]
    public async Task Sweep_HostileCorpusOnAzurite_EachRejectedOrSafeAndControlBlobUnchanged()
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            var service = new BlobServiceClient(azurite.ConnectionString, StorageRegistration.ClientOptions());
            var state = service.GetBlobContainerClient("state");
            var stores = new BotStores(new BlobStorage(state), new BlobStorage(service.GetBlobContainerClient("archive")));

            await SweepAsync(stores, async () =>
            {
                // The blob's bytes and its ETag: any write, even of the same bytes, changes the ETag.
                var blob = state.GetBlobClient(ConversationState.KeyFor("msteams", Control));
                var content = (await blob.DownloadContentAsync()).Value;
                return [.. content.Content.ToArray(), .. System.Text.Encoding.UTF8.GetBytes(content.Details.ETag.ToString())];
            });
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private async Task SweepAsync(BotStores stores, Func<Task<byte[]>> controlBytes)
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var conversationState = new ConversationState(stores.State);
        await using var host = await BotTestHost.StartAsync(new GuidedBot(conversationState, stores.Archive), stores: stores);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        await ControlSaysAsync(host, connector, "control answer 1", 1);
        await ControlSaysAsync(host, connector, "control answer 2", 2);
        var before = await controlBytes();
        var corpus = HostileActivities.Generate(Seed, connector.ServiceUrl);
        Assert.True(corpus.Count >= 200, $"corpus has {corpus.Count} cases");

        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        foreach (var hostile in corpus)
        {
            var errorsBefore = Errors(host).Count;
            using var content = new ByteArrayContent(hostile.Body);
            content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
            HttpResponseMessage response;
            try
            {
                response = await http.PostAsync(host.MessagesUrl, content);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                failures.Add($"{hostile.Name}: {ex.GetType().Name}");
                continue;
            }
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var newErrors = Errors(host).Skip(errorsBefore).ToList();
            // 501 is the Bot Framework's answer to an invoke that no handler took; it is not a failure.
            var isInvoke = hostile.Name.StartsWith("card invoke", StringComparison.Ordinal);
            if (status is not (>= 400 and < 500 or 200 or 201 or 202) && !(isInvoke && status == 501) || newErrors.Count > 0)
            {
                failures.Add($"{hostile.Name}: {status} {string.Join(" | ", newErrors)}");
            }
        }
        output.WriteLine($"{corpus.Count} cases: " + string.Join(", ", statuses.Select(s => $"{s.Key} x{s.Value}")));

        Assert.True(failures.Count == 0, $"{failures.Count} unsafe answers:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(host.BaseAddress.TrimEnd('/') + "/healthz")).StatusCode);
        Assert.Equal(before, await controlBytes());
        // And the control conversation carries on where it was.
        await ControlSaysAsync(host, connector, "control answer 3", 3);
        Assert.Equal(GuidedBot.ConfirmQuestion, connector.DeliveredMessages.Last(m => m.Conversation?.Id == Control).Text);
    }

    /// <summary>
    /// Failed turns and crashes. A reply the fake connector refused (an id with a NUL byte makes an
    /// unusable URL) is the channel's answer, logged as such, not a failure of the bot.
    /// </summary>
    private static List<string> Errors(BotTestHost host) =>
    [
        .. host.Logs.Lines.Where(l => (l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal))
            && !l.Contains("A reply could not be delivered (ConnectorException)", StringComparison.Ordinal)),
    ];

    private static async Task ControlSaysAsync(BotTestHost host, LoopbackConnector connector, string text, int expectedReplies)
    {
        var activity = TestActivities.Message(text, connector.ServiceUrl, Control);
        Assert.True((await host.PostAsync(activity)).IsSuccessStatusCode);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (connector.DeliveredMessages.Count(m => m.Conversation?.Id == Control) < expectedReplies && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.Equal(expectedReplies, connector.DeliveredMessages.Count(m => m.Conversation?.Id == Control));
    }

    private static string ControlFile(string root)
    {
        var (folder, stem) = LocalFileNames.Locate(Path.Combine(root, "state"), ConversationState.KeyFor("msteams", Control));
        return Path.Combine(folder, stem + LocalFileNames.DocumentSuffix);
    }
}
