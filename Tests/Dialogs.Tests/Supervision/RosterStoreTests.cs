using System.Text;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.TestKit;
using static AllianceBot.Dialogs.Tests.Supervision.SupervisionFixtures;

namespace AllianceBot.Dialogs.Tests.Supervision;

public sealed class RosterStoreTests
{
    private readonly MemoryStorage _archive = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ImportAsync_ValidRoster_IsStoredAndReadByAnotherInstance()
    {
        await RosterAsync(_archive, _clock);

        var other = new RosterStore(_archive, _clock);
        var roster = await other.GetAsync();

        Assert.Equal(Dana, roster.SupervisorOf(Alex)!.Id);
        Assert.NotNull(await _archive.ReadAsync(RosterStore.Key));
    }

    [Fact]
    public async Task ImportAsync_InvalidRoster_KeepsOldRoster()
    {
        var store = await RosterAsync(_archive, _clock);
        var before = (await _archive.ReadAsync(RosterStore.Key))!.ETag;

        var result = await store.ImportAsync(Encoding.UTF8.GetBytes(RosterJson.Replace(Kim, Sam)));

        Assert.False(result.Ok);
        Assert.Equal(before, (await _archive.ReadAsync(RosterStore.Key))!.ETag);
        Assert.Equal(Lee, (await new RosterStore(_archive, _clock).GetAsync()).SupervisorOf(Kim)!.Id);
    }

    [Fact]
    public async Task GetAsync_NothingImported_IsEmpty()
    {
        var roster = await new RosterStore(_archive, _clock).GetAsync();

        Assert.Empty(roster.Supervisors);
    }

    [Fact]
    public async Task GetAsync_CorruptStoredRoster_ThrowsRatherThanLettingAnyoneIn()
    {
        await _archive.WriteAsync(RosterStore.Key, "{not json"u8.ToArray(), WriteCondition.Always);

        await Assert.ThrowsAsync<InvalidDataException>(() => new RosterStore(_archive, _clock).GetAsync());
    }

    [Fact]
    public async Task GetAsync_ImportElsewhere_SeenAfterCacheExpires()
    {
        var reader = new RosterStore(_archive, _clock);
        Assert.Empty((await reader.GetAsync()).Supervisors);
        await RosterAsync(_archive, _clock);

        _clock.Advance(RosterStore.CacheFor);

        Assert.Equal(2, (await reader.GetAsync()).Supervisors.Count);
    }
}
