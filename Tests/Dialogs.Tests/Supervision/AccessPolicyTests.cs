using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using static AllianceBot.Dialogs.Tests.Supervision.SupervisionFixtures;

namespace AllianceBot.Dialogs.Tests.Supervision;

public sealed class AccessPolicyTests
{
    private static readonly DateOnly Day = new(2026, 11, 18);
    private readonly MemoryStorage _archive = new();

    private async Task<(AccessPolicy Policy, IDebriefArchive Index)> CreateAsync()
        => (new AccessPolicy(await RosterAsync(_archive)), new StorageDebriefArchive(_archive));

    private static string? KeyOf(ArchivedDebrief? found)
        => found is null ? null : DebriefPaths.JsonKey(found.PractitionerId, found.Date, found.DebriefId);

    [Theory]
    [InlineData(Sam, Sam, true)]        // practitioner sees own
    [InlineData(Dana, Sam, true)]       // supervisor sees theirs
    [InlineData(Dana, Alex, true)]
    [InlineData(Dana, Kim, false)]      // another supervisor's practitioner
    [InlineData(Lee, Sam, false)]
    [InlineData(Sam, Alex, false)]      // a colleague
    [InlineData(Kim, Dana, false)]      // practitioners do not see their supervisor's
    [InlineData(Stranger, Sam, false)]  // not on the roster at all
    [InlineData("../other", Sam, false)]
    [InlineData(null, Sam, false)]
    public async Task CanViewPractitionerAsync_RosterRelation_DecidesAccess(string? viewer, string practitioner, bool expected)
    {
        var (policy, _) = await CreateAsync();

        Assert.Equal(expected, await policy.CanViewPractitionerAsync(viewer, practitioner));
    }

    [Fact]
    public async Task CanViewPractitionerAsync_SameIdDifferentCase_IsTheSamePerson()
    {
        var (policy, _) = await CreateAsync();

        Assert.True(await policy.CanViewPractitionerAsync(Dana.ToUpperInvariant(), Sam));
    }

    [Theory]
    [InlineData(Dana, Dana, true)]
    [InlineData(Lee, Dana, false)]
    [InlineData(Sam, Sam, false)]       // a practitioner has no digests
    public async Task CanViewDigestAsync_OnlyTheSupervisorOnTheRoster(string viewer, string supervisor, bool expected)
    {
        var (policy, _) = await CreateAsync();

        Assert.Equal(expected, await policy.CanViewDigestAsync(viewer, supervisor));
    }

    [Fact]
    public async Task ResolveDebriefAsync_OwnSupervisorByPath_Resolves()
    {
        var (policy, index) = await CreateAsync();
        var key = await ArchiveAsync(_archive, Sam, Day, "D-20261118-D0001");

        Assert.Equal(key, KeyOf(await policy.ResolveDebriefAsync(Dana, key, index)));
        Assert.Equal(key, KeyOf(await policy.ResolveDebriefAsync(Dana, key[..^5], index)));
    }

    [Fact]
    public async Task ResolveDebriefAsync_OtherSupervisorGuessingPath_SameAsNotFound()
    {
        var (policy, index) = await CreateAsync();
        var key = await ArchiveAsync(_archive, Sam, Day, "D-20261118-D0001");

        var guessed = await policy.ResolveDebriefAsync(Lee, key, index);
        var missing = await policy.ResolveDebriefAsync(Dana, DebriefPaths.JsonKey(Sam, Day, "D-20261118-N0PE0"), index);

        Assert.Null(guessed);
        Assert.Null(missing);
    }

    [Fact]
    public async Task ResolveDebriefAsync_RightIdUnderAnotherDate_IsNotFound()
    {
        var (policy, index) = await CreateAsync();
        await ArchiveAsync(_archive, Sam, Day, "D-20261118-D0001");

        Assert.Null(await policy.ResolveDebriefAsync(Dana, DebriefPaths.JsonKey(Sam, Day.AddDays(1), "D-20261118-D0001"), index));
    }

    [Fact]
    public async Task ResolveDebriefAsync_BareIdOfAnotherSupervisorsPractitioner_IsNotFound()
    {
        var (policy, index) = await CreateAsync();
        await ArchiveAsync(_archive, Kim, Day, "D-20261118-K1M01");

        Assert.Null(await policy.ResolveDebriefAsync(Dana, "D-20261118-K1M01", index));
        Assert.NotNull(await policy.ResolveDebriefAsync(Lee, "D-20261118-K1M01", index));
        Assert.NotNull(await policy.ResolveDebriefAsync(Kim, "D-20261118-K1M01", index));
    }

    [Theory]
    [InlineData("../other")]
    [InlineData("debriefs/../roster/roster.json")]
    [InlineData("roster/roster.json")]
    [InlineData("debriefs/bbbbbbbb-0000-4000-8000-000000000001/2026/11/18/../../../../x.json")]
    [InlineData("debriefs/BBBBBBBB-0000-4000-8000-000000000001/2026/11/18/D-20261118-D0001.json")]
    [InlineData("D-20261118-D0001/../../x")]
    public async Task ResolveDebriefAsync_TraversalOrForeignPath_IsRefused(string reference)
    {
        var (policy, index) = await CreateAsync();
        await ArchiveAsync(_archive, Sam, Day, "D-20261118-D0001");

        Assert.Null(await policy.ResolveDebriefAsync(Dana, reference, index));
    }
}
