using System.Text;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>
/// What every <see cref="IStorage"/> backend must do; each backend derives once. MemoryStorage is
/// the reference, so a test that fails only for one backend points at that backend.
/// </summary>
public abstract class StorageContractTests
{
    protected abstract IStorage Storage { get; }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(StorageItem item) => Encoding.UTF8.GetString(item.Content.Span);

    [Fact]
    public async Task ReadAsync_MissingKey_ReturnsNull()
    {
        Assert.Null(await Storage.ReadAsync("nothing/here"));
    }

    [Fact]
    public async Task WriteAsync_ThenRead_ReturnsContentETagAndMetadata()
    {
        var metadata = new Dictionary<string, string> { ["practitioner"] = "P-17", ["note"] = "Zoë — naïve 😀 100% a=b&c" };

        var etag = await Storage.WriteAsync("docs/one", Bytes("{\"a\":1}"), WriteCondition.Always, metadata);
        var item = await Storage.ReadAsync("docs/one");

        Assert.NotNull(item);
        Assert.Equal("docs/one", item.Key);
        Assert.Equal("{\"a\":1}", Text(item));
        Assert.Equal(etag, item.ETag);
        Assert.Equal(metadata.OrderBy(p => p.Key), item.Metadata.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task WriteAsync_AlwaysTwice_OverwritesWithNewETag()
    {
        var first = await Storage.WriteAsync("docs/two", Bytes("same"), WriteCondition.Always);
        var second = await Storage.WriteAsync("docs/two", Bytes("same"), WriteCondition.Always);

        Assert.NotEqual(first, second);
        Assert.Equal(second, (await Storage.ReadAsync("docs/two"))!.ETag);
    }

    [Fact]
    public async Task WriteAsync_IfNotExistsTwice_SecondConflictsAndFirstStays()
    {
        await Storage.WriteAsync("docs/create", Bytes("first"), WriteCondition.IfNotExists);

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(
            () => Storage.WriteAsync("docs/create", Bytes("second"), WriteCondition.IfNotExists));

        Assert.Equal("docs/create", conflict.Key);
        Assert.Equal("first", Text((await Storage.ReadAsync("docs/create"))!));
    }

    [Fact]
    public async Task WriteWithNextFlushAsync_SameConditionsAndReadsBackWithMetadata()
    {
        var metadata = new Dictionary<string, string> { ["debrief_id"] = "D-20261120-ABCDE" };
        var etag = await Storage.WriteWithNextFlushAsync("docs/marker", ReadOnlyMemory<byte>.Empty, WriteCondition.IfNotExists, metadata);

        await Assert.ThrowsAsync<StorageConflictException>(
            () => Storage.WriteWithNextFlushAsync("docs/marker", Bytes("again"), WriteCondition.IfNotExists));

        var item = (await Storage.ReadAsync("docs/marker"))!;
        Assert.Equal((etag, 0), (item.ETag, item.Content.Length));
        Assert.Equal(metadata.OrderBy(p => p.Key), item.Metadata.OrderBy(p => p.Key));
        Assert.Equal(["docs/marker"], await Storage.ListAsync("docs/m").Select(e => e.Key).ToListAsync());
    }

    [Fact]
    public async Task WriteAsync_IfMatchStaleETag_Conflicts()
    {
        var stale = await Storage.WriteAsync("docs/match", Bytes("v1"), WriteCondition.Always);
        var current = await Storage.WriteAsync("docs/match", Bytes("v2"), WriteCondition.IfMatch(stale));

        await Assert.ThrowsAsync<StorageConflictException>(
            () => Storage.WriteAsync("docs/match", Bytes("v3"), WriteCondition.IfMatch(stale)));

        var item = await Storage.ReadAsync("docs/match");
        Assert.Equal("v2", Text(item!));
        Assert.Equal(current, item!.ETag);
    }

    [Fact]
    public async Task WriteAsync_IfMatchOnMissingKey_Conflicts()
    {
        var etag = await Storage.WriteAsync("docs/gone", Bytes("v1"), WriteCondition.Always);
        await Storage.DeleteAsync("docs/gone");

        await Assert.ThrowsAsync<StorageConflictException>(
            () => Storage.WriteAsync("docs/gone", Bytes("v2"), WriteCondition.IfMatch(etag)));
        Assert.Null(await Storage.ReadAsync("docs/gone"));
    }

    [Fact]
    public void IfMatch_WildcardOrEmpty_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => WriteCondition.IfMatch("*"));
        Assert.Throws<ArgumentException>(() => WriteCondition.IfMatch(""));
    }

    [Fact]
    public async Task WriteAsync_TwentyWritersOnOneVersion_ExactlyOneWins()
    {
        var etag = await Storage.WriteAsync("docs/race", Bytes("0"), WriteCondition.Always);

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await Storage.WriteAsync("docs/race", Bytes(i.ToString()), WriteCondition.IfMatch(etag));
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, results.Count(won => won));
        var winner = Array.IndexOf(results, true) + 1;
        Assert.Equal(winner.ToString(), Text((await Storage.ReadAsync("docs/race"))!));
    }

    [Fact]
    public async Task WriteAsync_TwentyWritersRetryingOnConflict_LoseNoUpdate()
    {
        await Storage.WriteAsync("docs/counter", Bytes("0"), WriteCondition.IfNotExists);

        var etags = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var item = (await Storage.ReadAsync("docs/counter"))!;
                var next = int.Parse(Text(item)) + 1;
                try
                {
                    return await Storage.WriteAsync("docs/counter", Bytes(next.ToString()), WriteCondition.IfMatch(item.ETag));
                }
                catch (StorageConflictException)
                {
                    // Someone else wrote this version first: read again and retry, as BotState's callers do.
                }
            }
        })));

        Assert.Equal("20", Text((await Storage.ReadAsync("docs/counter"))!));
        Assert.Equal(20, etags.Distinct().Count());
    }

    [Fact]
    public async Task DeleteAsync_ExistingThenAgain_TrueThenFalse()
    {
        await Storage.WriteAsync("docs/delete", Bytes("x"), WriteCondition.Always);

        Assert.True(await Storage.DeleteAsync("docs/delete"));
        Assert.Null(await Storage.ReadAsync("docs/delete"));
        Assert.False(await Storage.DeleteAsync("docs/delete"));
        await Storage.WriteAsync("docs/delete", Bytes("y"), WriteCondition.IfNotExists);
        Assert.Equal("y", Text((await Storage.ReadAsync("docs/delete"))!));
    }

    [Fact]
    public async Task ListAsync_Prefix_ReturnsMatchingKeysInOrdinalOrderWithMetadata()
    {
        foreach (var key in new[] { "list/b", "list/a/c", "list", "list/aa", "listing/x", "list/a", "list/B" })
        {
            await Storage.WriteAsync(key, Bytes(key), WriteCondition.Always, new Dictionary<string, string> { ["name"] = key });
        }

        var all = await ToListAsync(Storage.ListAsync("list/"));
        var partial = await ToListAsync(Storage.ListAsync("list/a"));

        Assert.Equal(["list/B", "list/a", "list/a/c", "list/aa", "list/b"], all.Select(e => e.Key));
        Assert.All(all, e => Assert.Equal(e.Key, e.Metadata["name"]));
        Assert.All(all, e => Assert.False(string.IsNullOrEmpty(e.ETag)));
        Assert.Equal(["list/a", "list/a/c", "list/aa"], partial.Select(e => e.Key));
        Assert.Equal(["list", "list/B", "list/a", "list/a/c", "list/aa", "list/b", "listing/x"], (await ToListAsync(Storage.ListAsync(""))).Select(e => e.Key));
        Assert.Empty(await ToListAsync(Storage.ListAsync("nolist/")));
    }

    [Fact]
    public async Task ListAsync_AfterWrite_ReportsItsETagAndRecentTime()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);
        var etag = await Storage.WriteAsync("stamp/doc", Bytes("x"), WriteCondition.Always);

        var entry = Assert.Single(await ToListAsync(Storage.ListAsync("stamp/")));

        Assert.Equal(etag, entry.ETag);
        Assert.InRange(entry.LastModified, before, DateTimeOffset.UtcNow.AddMinutes(5));
    }

    public static TheoryData<string> UnsafeKeys => new()
    {
        "../x", "a/../../x", "/abs", "a//b", "a\\b", "a/./b", "a/", "", "a\u0000b", "a\nb", "a\u001fb", ".", "..",
    };

    [Theory]
    [MemberData(nameof(UnsafeKeys))]
    public async Task EveryOperation_UnsafeKey_IsRejected(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.ReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(key, Bytes("x"), WriteCondition.Always));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.DeleteAsync(key));
    }

    [Theory]
    [InlineData("../")]
    [InlineData("/abs")]
    [InlineData("a//")]
    [InlineData("a\\")]
    public async Task ListAsync_UnsafePrefix_IsRejected(string prefix)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => ToListAsync(Storage.ListAsync(prefix)));
    }

    [Fact]
    public async Task WriteAsync_InvalidMetadataName_IsRejected()
    {
        var metadata = new Dictionary<string, string> { ["Not Valid"] = "x" };

        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync("docs/meta", Bytes("x"), WriteCondition.Always, metadata));
        Assert.Null(await Storage.ReadAsync("docs/meta"));
    }

    [Fact]
    public async Task WriteAsync_KeysJoinedFromHostileValues_RoundTripAndList()
    {
        string[][] values =
        [
            ["msteams", "a:1Xy;messageid=17", "29:1AbC@thread.v2"],
            ["msteams", "..", "../..", "a/b"],
            ["msteams", "", ".", "Zoë 😀"],
            ["msteams", new string('x', 300)],
        ];
        var keys = values.Select(v => StorageKey.Join(v)).ToList();

        foreach (var key in keys)
        {
            Assert.True(StorageKey.IsSafe(key));
            await Storage.WriteAsync(key, Bytes(key), WriteCondition.IfNotExists);
        }

        foreach (var key in keys)
        {
            Assert.Equal(key, Text((await Storage.ReadAsync(key))!));
        }
        var listed = await ToListAsync(Storage.ListAsync("msteams/"));
        Assert.Equal(keys.Order(StringComparer.Ordinal), listed.Select(e => e.Key));
    }

    [Fact]
    public async Task WriteAsync_OneMegabyteDocument_RoundTrips()
    {
        var content = new byte[1024 * 1024];
        new Random(7).NextBytes(content);

        await Storage.WriteAsync("big/doc", content, WriteCondition.IfNotExists);
        var item = await Storage.ReadAsync("big/doc");

        Assert.True(item!.Content.Span.SequenceEqual(content));
    }

    [Fact]
    public async Task EveryOperation_CancelledToken_ThrowsOperationCanceledAndWritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Storage.WriteAsync("cancel/doc", Bytes("x"), WriteCondition.Always, null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Storage.ReadAsync("cancel/doc", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Storage.DeleteAsync("cancel/doc", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(Storage.ListAsync("", cancelled.Token)));
        Assert.Null(await Storage.ReadAsync("cancel/doc"));
    }

    [Fact]
    public async Task PingAsync_ReachableStore_ReturnsTrue()
    {
        Assert.True(await Storage.PingAsync());
    }

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }
        return list;
    }
}
