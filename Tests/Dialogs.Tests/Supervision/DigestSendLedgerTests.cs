using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Digests;
using AllianceBot.TestKit;
using static AllianceBot.Dialogs.Tests.Supervision.SupervisionFixtures;

namespace AllianceBot.Dialogs.Tests.Supervision;

public sealed class DigestSendLedgerTests
{
    private static readonly DigestPeriod Week = DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20));
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly MemoryStorage _archive = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero));

    private DigestSendLedger Ledger(string owner) => new(_archive, _clock, Lease, owner);

    [Fact]
    public async Task TryClaimAsync_TwoInstances_OnlyOneGetsIt()
    {
        var a = await Ledger("a").TryClaimAsync(Dana, Week);
        var b = await Ledger("b").TryClaimAsync(Dana, Week);

        Assert.NotNull(a);
        Assert.Null(b);
        Assert.Equal(DigestSendStatus.Pending, (await Ledger("a").ReadAsync(Dana, Week))!.Status);
    }

    [Fact]
    public async Task TryClaimAsync_AfterSent_NobodyClaimsAgain()
    {
        var ledger = Ledger("a");
        await ledger.MarkSentAsync((await ledger.TryClaimAsync(Dana, Week))!);
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Null(await ledger.TryClaimAsync(Dana, Week));
        Assert.Null(await Ledger("b").TryClaimAsync(Dana, Week));
    }

    [Fact]
    public async Task TryClaimAsync_StaleLease_IsTakenOverOnce()
    {
        await Ledger("crashed").TryClaimAsync(Dana, Week);
        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Null(await Ledger("b").TryClaimAsync(Dana, Week));

        _clock.Advance(TimeSpan.FromSeconds(1));
        var b = await Ledger("b").TryClaimAsync(Dana, Week);
        var c = await Ledger("c").TryClaimAsync(Dana, Week);

        Assert.Equal(2, b!.Marker.Attempts);
        Assert.Null(c);
    }

    [Fact]
    public async Task ReleaseAsync_AfterFailedSend_AnyInstanceRetriesAtOnce()
    {
        var a = Ledger("a");
        await a.ReleaseAsync((await a.TryClaimAsync(Dana, Week))!, "connector down");

        var b = await Ledger("b").TryClaimAsync(Dana, Week);

        Assert.Equal("connector down", b!.Marker.LastError);
    }

    [Fact]
    public async Task MarkSentAsync_ClaimTakenOverMeanwhile_ReportsFalse()
    {
        var a = Ledger("a");
        var claim = (await a.TryClaimAsync(Dana, Week))!;
        _clock.Advance(Lease);
        await Ledger("b").TryClaimAsync(Dana, Week);

        Assert.False(await a.MarkSentAsync(claim));
    }

    [Fact]
    public void Key_SupervisorIdWithTraversal_IsEncodedSegment()
    {
        Assert.Equal("digests/%2E%2E%2Fx/week-ending-2026-11-20.sent", DigestSendLedger.Key("../x", Week));
    }
}
