using AllianceBot.Dialogs.Archive;

namespace AllianceBot.Bot.Tests.Storage;

public sealed class DebriefIdsTests
{
    [Fact]
    public void DebriefIdsNew_ManyIds_AreValidAndDistinct()
    {
        var ids = Enumerable.Range(0, 2000).Select(_ => DebriefIds.New(new DateOnly(2026, 11, 22))).ToList();

        Assert.All(ids, id => Assert.True(DebriefIds.IsValid(id), id));
        Assert.All(ids, id => Assert.StartsWith("D-20261122-", id));
        // Random ids may clash (2,000 draws from 32^5 clash about once in 17 runs), which the archive
        // handles; what must hold is that they are spread: expected clashes here are 0.06, and ten
        // would mean the generator lost most of its randomness.
        Assert.InRange(ids.Distinct().Count(), ids.Count - 10, ids.Count);
        Assert.All(Enumerable.Range(11, 5), position => Assert.True(ids.Select(id => id[position]).Distinct().Count() >= 30));
    }

    [Theory]
    [InlineData("D-20261122-7K3Q9", true)]
    [InlineData("D-20240229-00000", true)]
    [InlineData("D-20250229-00000", false)]
    [InlineData("D-20261122-7K3Q", false)]
    [InlineData("D-20261122-7K3QU", false)]
    [InlineData("D-２０２６1122-7K3Q9", false)]
    [InlineData(" D-20261122-7K3Q9", false)]
    public void IsValid_Id_MatchesOnlyTheStrictPattern(string id, bool valid)
    {
        Assert.Equal(valid, DebriefIds.IsValid(id));
    }
}
