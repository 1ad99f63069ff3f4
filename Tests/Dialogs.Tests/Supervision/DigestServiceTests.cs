using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Digests;
using AllianceBot.TestKit;
using static AllianceBot.Dialogs.Tests.Supervision.SupervisionFixtures;

namespace AllianceBot.Dialogs.Tests.Supervision;

public sealed class DigestServiceTests
{
    private static readonly DigestPeriod Week = DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20));
    private readonly MemoryStorage _archive = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 21, 0, 30, 0, TimeSpan.Zero));

    private async Task<DigestService> CreateAsync() => new(new StorageDebriefArchive(_archive), _archive, await RosterAsync(_archive, _clock), _clock);

    [Fact]
    public async Task ComposeAsync_ReadsOnlyTheSupervisorsPractitioners()
    {
        var service = await CreateAsync();
        await ArchiveAsync(_archive, Sam, new(2026, 11, 16), "D-20261116-S0001", findings: ("BV-GIFT", "Violation", "a watch"));
        await ArchiveAsync(_archive, Alex, new(2026, 11, 10), "D-20261110-A0000", goals: 2);
        await ArchiveAsync(_archive, Kim, new(2026, 11, 17), "D-20261117-K0001");

        var digest = (await service.ComposeAsync(Dana, Week))!;

        Assert.Equal(["Alex Chen", "Sam Rivera"], digest.Practitioners.Select(p => p.Name));
        Assert.Equal(1, digest.DebriefCount);
        Assert.Equal(1, digest.Practitioners[0].PreviousDebriefCount);
        var finding = Assert.Single(digest.Practitioners[1].Findings);
        Assert.Equal(DebriefPaths.JsonKey(Sam, new(2026, 11, 16), "D-20261116-S0001"), finding.ArchivePath);
    }

    [Fact]
    public async Task ComposeAsync_DeletedDebrief_IsNotInTheDigest()
    {
        var service = await CreateAsync();
        var key = await ArchiveAsync(_archive, Sam, new(2026, 11, 16), "D-20261116-S0001", findings: ("BV-GIFT", "Violation", "a watch"));
        await ArchiveAsync(_archive, Sam, new(2026, 11, 17), "D-20261117-S0002");

        await _archive.DeleteAsync(key);
        var digest = (await service.ComposeAsync(Dana, Week))!;

        var sam = digest.Practitioners.Single(p => p.PractitionerId == Sam);
        Assert.Equal(1, sam.DebriefCount);
        Assert.Empty(sam.Findings);
    }

    [Fact]
    public async Task ComposeAsync_NotASupervisor_IsNull()
    {
        var service = await CreateAsync();

        Assert.Null(await service.ComposeAsync(Sam, Week));
        Assert.Null(await service.ComposeAsync("../other", Week));
    }

    [Fact]
    public async Task ComposeAsync_UnreadableDebrief_IsSkippedNotFatal()
    {
        var service = await CreateAsync();
        // A record that became unreadable where it lies, its listing untouched.
        var bad = await ArchiveAsync(_archive, Sam, new(2026, 11, 16), "D-20261116-BAD00");
        var item = (await _archive.ReadAsync(bad))!;
        await _archive.WriteAsync(bad, "{oops"u8.ToArray(), WriteCondition.ForVersion(item.ETag), item.Metadata);
        await ArchiveAsync(_archive, Sam, new(2026, 11, 17), "D-20261117-S0002");

        var digest = (await service.ComposeAsync(Dana, Week))!;

        Assert.Equal(1, digest.DebriefCount);
    }

    [Fact]
    public async Task SaveAsync_TwiceForSamePeriod_KeepsTheFirstCopy()
    {
        var service = await CreateAsync();
        var first = (await service.ComposeAsync(Dana, Week))!;
        await service.SaveAsync(first);
        var etag = (await _archive.ReadAsync(DigestService.Key(Dana, Week, "json")))!.ETag;

        await ArchiveAsync(_archive, Sam, new(2026, 11, 16), "D-20261116-1ATE0");
        var html = await service.SaveAsync((await service.ComposeAsync(Dana, Week))!);

        Assert.Equal(etag, (await _archive.ReadAsync(DigestService.Key(Dana, Week, "json")))!.ETag);
        Assert.Equal($"digests/{Dana}/week-ending-2026-11-20.html", html);
        Assert.NotNull(await _archive.ReadAsync(html));
    }
}
