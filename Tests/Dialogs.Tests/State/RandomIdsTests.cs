using System.Collections.Concurrent;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Tests.State;

public sealed class RandomIdsTests
{
    [Fact]
    public void NewHex_IsThirtyTwoLowercaseHexCharacters_LikeAGuidInNFormat()
    {
        var id = RandomIds.NewHex();

        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.True(Guid.TryParseExact(id, "N", out _));
    }

    [Fact]
    public void NewHex_FromManyThreadsAtOnce_NeverRepeats()
    {
        var seen = new ConcurrentDictionary<string, byte>();

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                Assert.True(seen.TryAdd(RandomIds.NewHex(), 0));
            }
        });

        Assert.Equal(160_000, seen.Count);
    }

    [Fact]
    public void NewHex_UsesAllOfItsBits()
    {
        // A constant or zero-filled half would show as a position that never changes.
        var ids = Enumerable.Range(0, 200).Select(_ => RandomIds.NewHex()).ToList();

        for (var position = 0; position < 32; position++)
        {
            Assert.True(ids.Select(id => id[position]).Distinct().Count() > 4, $"position {position} barely changes");
        }
    }
}
