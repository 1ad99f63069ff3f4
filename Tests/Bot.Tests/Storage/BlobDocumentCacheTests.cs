using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Storage;

public sealed class BlobDocumentCacheTests
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    [Fact]
    public void Keep_NewerVersion_ReplacesOlder()
    {
        var cache = new BlobDocumentCache(1024 * 1024);
        cache.Keep(Item("a", "\"1\"", 10));
        cache.Keep(Item("a", "\"2\"", 10));

        Assert.Equal("\"2\"", cache.Find("a")!.ETag);
    }

    [Fact]
    public void Forget_KnownKey_NotFoundAfterwards()
    {
        var cache = new BlobDocumentCache(1024 * 1024);
        cache.Keep(Item("a", "\"1\"", 10));

        cache.Forget("a");

        Assert.Null(cache.Find("a"));
    }

    [Fact]
    public void Keep_LargeDocument_NotKeptAndOlderVersionDropped()
    {
        var cache = new BlobDocumentCache(1024 * 1024);
        cache.Keep(Item("a", "\"1\"", 10));

        cache.Keep(Item("a", "\"2\"", 100 * 1024));

        Assert.Null(cache.Find("a"));
    }

    [Fact]
    public void Keep_PastBudget_StartsAgainWithTheNewestOnly()
    {
        var cache = new BlobDocumentCache(4 * 1024);
        for (var i = 0; i < 10; i++)
        {
            cache.Keep(Item($"k{i}", "\"1\"", 1000));
        }

        Assert.NotNull(cache.Find("k9"));
        Assert.Null(cache.Find("k0"));
    }

    [Fact]
    public void Keep_ZeroBudget_KeepsNothing()
    {
        var cache = new BlobDocumentCache(0);

        cache.Keep(Item("a", "\"1\"", 10));

        Assert.Null(cache.Find("a"));
    }

    private static StorageItem Item(string key, string etag, int size) => new(key, new byte[size], etag, NoMetadata);
}
