using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Tests.State;

/// <summary>The listing goes through a sorted key index; these pin its edges against a plain filter.</summary>
public sealed class MemoryStorageListTests
{
    private const string Max = "\uffff";

    [Theory]
    [InlineData("a", "b")]
    [InlineData("list/", "list0")]
    [InlineData("a" + Max, "b")]
    [InlineData("ab" + Max + Max, "ac")]
    [InlineData(Max, null)]
    [InlineData(Max + Max, null)]
    public void UpperBound_Prefix_IsTheSmallestStringAboveEveryExtension(string prefix, string? expected)
        => Assert.Equal(expected, OrdinalKeyIndex.UpperBound(prefix));

    [Fact]
    public async Task ListAsync_PrefixesNearTheEndOfUnicode_MatchAPlainFilter()
    {
        var storage = new MemoryStorage();
        string[] keys = ["a", "a" + Max, "a" + Max + "x", "a" + Max + Max, "ab", "b", Max, Max + "z", Max + Max, "z/" + Max + "/y"];
        foreach (var key in keys)
        {
            await storage.WriteAsync(key, new byte[] { 1 }, WriteCondition.Always);
        }
        foreach (var prefix in new[] { "", "a", "a" + Max, "a" + Max + Max, Max, Max + Max, "z/" + Max, "c" })
        {
            var expected = keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.Equal(expected, await KeysAsync(storage, prefix));
        }
    }

    [Fact]
    public async Task ListAsync_AfterDeleteAndRewrite_ListsEachLiveKeyOnce()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync("p/1", new byte[] { 1 }, WriteCondition.Always);
        await storage.WriteAsync("p/2", new byte[] { 1 }, WriteCondition.Always);
        await storage.WriteAsync("p/2", new byte[] { 2 }, WriteCondition.Always);
        await storage.DeleteAsync("p/1");

        Assert.Equal(["p/2"], await KeysAsync(storage, "p/"));

        await storage.WriteAsync("p/1", new byte[] { 3 }, WriteCondition.Always);
        Assert.Equal(["p/1", "p/2"], await KeysAsync(storage, "p/"));
    }

    private static async Task<List<string>> KeysAsync(MemoryStorage storage, string prefix)
    {
        var keys = new List<string>();
        await foreach (var entry in storage.ListAsync(prefix))
        {
            keys.Add(entry.Key);
        }
        return keys;
    }
}
