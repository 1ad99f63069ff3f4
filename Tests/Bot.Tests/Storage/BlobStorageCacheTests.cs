using System.Text;
using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;
using Azure.Core;
using Azure.Storage.Blobs;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>
/// Conditional reads over the cache of versions this process saw, against the real emulator: two
/// stores over one container stand for two instances of the bot.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageCacheTests(AzuriteFixture azurite)
{
    private readonly string _container = "c-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task ReadAsync_AfterOwnWrite_NotModifiedOnTheWireAndSameDocument()
    {
        var counter = new BlobRequestCounter();
        var storage = Instance(counter);
        var metadata = new Dictionary<string, string> { ["date"] = "2026-11-22", ["note"] = "Zoë" };
        var etag = await storage.WriteAsync("doc", "v1"u8.ToArray(), WriteCondition.IfNotExists, metadata);
        counter.Reset();

        var item = await storage.ReadAsync("doc");

        Assert.Equal(1, counter.Count(k => k.StartsWith("GET ", StringComparison.Ordinal) && k.EndsWith(" 304", StringComparison.Ordinal)));
        Assert.Equal(1, counter.Total);
        Assert.Equal("v1", Encoding.UTF8.GetString(item!.Content.Span));
        Assert.Equal(etag, item.ETag);
        Assert.Equal("Zoë", item.Metadata["note"]);
    }

    [Fact]
    public async Task ReadAsync_OtherInstanceWroteSince_ReturnsTheirVersion()
    {
        var mine = Instance();
        var theirs = Instance();
        await mine.WriteAsync("doc", "mine"u8.ToArray(), WriteCondition.IfNotExists);
        var seen = (await theirs.ReadAsync("doc"))!;
        var theirETag = await theirs.WriteAsync("doc", "theirs"u8.ToArray(), WriteCondition.IfMatch(seen.ETag));

        var item = await mine.ReadAsync("doc");

        Assert.Equal("theirs", Encoding.UTF8.GetString(item!.Content.Span));
        Assert.Equal(theirETag, item.ETag);
    }

    [Fact]
    public async Task WriteAsync_VersionThisInstanceCachedButAnotherOverwrote_ConflictsAndKeepsTheirs()
    {
        var mine = Instance();
        var theirs = Instance();
        var myETag = await mine.WriteAsync("doc", "mine"u8.ToArray(), WriteCondition.IfNotExists);
        Assert.Equal(myETag, (await mine.ReadAsync("doc"))!.ETag);
        await theirs.WriteAsync("doc", "theirs"u8.ToArray(), WriteCondition.IfMatch((await theirs.ReadAsync("doc"))!.ETag));

        await Assert.ThrowsAsync<StorageConflictException>(
            () => mine.WriteAsync("doc", "stale"u8.ToArray(), WriteCondition.IfMatch(myETag)));

        Assert.Equal("theirs", Encoding.UTF8.GetString((await mine.ReadAsync("doc"))!.Content.Span));
        Assert.Equal("theirs", Encoding.UTF8.GetString((await theirs.ReadAsync("doc"))!.Content.Span));
    }

    [Fact]
    public async Task ReadAsync_OtherInstanceDeleted_ReturnsNull()
    {
        var mine = Instance();
        var theirs = Instance();
        await mine.WriteAsync("doc", "mine"u8.ToArray(), WriteCondition.IfNotExists);
        Assert.NotNull(await mine.ReadAsync("doc"));

        Assert.True(await theirs.DeleteAsync("doc"));

        Assert.Null(await mine.ReadAsync("doc"));
        await mine.WriteAsync("doc", "again"u8.ToArray(), WriteCondition.IfNotExists);
        Assert.Equal("again", Encoding.UTF8.GetString((await theirs.ReadAsync("doc"))!.Content.Span));
    }

    [Fact]
    public async Task ReadAsync_CallerReusesWrittenBuffer_CachedContentUnchanged()
    {
        var storage = Instance();
        var buffer = "v1"u8.ToArray();
        await storage.WriteAsync("doc", buffer, WriteCondition.IfNotExists);

        buffer[1] = (byte)'9';

        Assert.Equal("v1", Encoding.UTF8.GetString((await storage.ReadAsync("doc"))!.Content.Span));
    }

    [Fact]
    public async Task ConversationState_TwoInstancesAlternate_EachTurnSeesTheOtherOnesSave()
    {
        var turns = new StateTurns();
        var first = new ConversationState(Instance());
        var second = new ConversationState(Instance());
        var count = first.CreateProperty<Counter>("counter");
        var countThere = second.CreateProperty<Counter>("counter");

        for (var i = 0; i < 3; i++)
        {
            foreach (var (state, property) in new[] { (first, count), (second, countThere) })
            {
                var turn = turns.NewTurn();
                await state.LoadAsync(turn, force: true);
                (await property.GetAsync(turn, () => new Counter())).Value++;
                await state.SaveChangesAsync(turn);
            }
        }

        var last = turns.NewTurn();
        await first.LoadAsync(last, force: true);
        Assert.Equal(6, (await count.GetAsync(last, () => new Counter())).Value);
    }

    private BlobStorage Instance(BlobRequestCounter? counter = null)
    {
        var options = StorageRegistration.ClientOptions();
        if (counter is not null)
        {
            options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        }
        return new BlobStorage(new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(_container));
    }

    private sealed class Counter
    {
        public int Value { get; set; }
    }
}
