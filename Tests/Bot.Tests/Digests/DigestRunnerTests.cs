using AllianceBot.Dialogs.Archive;
using AllianceBot.Bot.Digests;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Digests;
using AllianceBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static AllianceBot.Bot.Tests.Digests.DigestTestData;

namespace AllianceBot.Bot.Tests.Digests;

public sealed class DigestRunnerTests
{
    private static readonly DigestOptions Options = new();
    private readonly ManualClock _clock = new(FridayAt1600Utc.AddMinutes(-1));
    private readonly MemoryStorage _archive = new();
    private readonly RecordingMessenger _messenger = new();

    internal static DigestRunner Runner(IStorage archive, TimeProvider clock, RecordingMessenger messenger, DigestOptions? options = null)
    {
        var rosters = new RosterStore(archive, clock);
        return new DigestRunner(rosters, new DigestService(new StorageDebriefArchive(archive), archive, rosters, clock), new BotStores(new MemoryStorage(), archive),
            messenger, Links(clock), Microsoft.Extensions.Options.Options.Create(options ?? Options), clock, NullLogger<DigestRunner>.Instance);
    }

    internal static DigestLinks Links(TimeProvider clock) => new(null, clock, TimeSpan.FromHours(24), () => "https://bot.example.org");

    [Fact]
    public async Task RunOnceAsync_BeforeDeliveryTime_SendsNothing()
    {
        await SeedAsync(_archive, _clock);

        Assert.Equal(0, await Runner(_archive, _clock, _messenger).RunOnceAsync(default));
        Assert.Empty(_messenger.Sent);
    }

    [Fact]
    public async Task RunOnceAsync_EachSupervisorAtTheirLocalTime_SentOnceWithCardAndSaved()
    {
        await SeedAsync(_archive, _clock);
        var runner = Runner(_archive, _clock, _messenger);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await runner.RunOnceAsync(default);
        Assert.Equal((1, 0), (_messenger.To(Lee), _messenger.To(Dana)));

        _clock.Advance(TimeSpan.FromHours(8));
        await runner.RunOnceAsync(default);
        await runner.RunOnceAsync(default);

        Assert.Equal((1, 1), (_messenger.To(Lee), _messenger.To(Dana)));
        var card = _messenger.Sent.Single(s => s.User == Dana).Activity.Attachments!.Single();
        Assert.Contains("BV-GIFT", card.Content!.Value.GetRawText());
        Assert.Contains("https://bot.example.org/digest?s=", card.Content!.Value.GetRawText());
        var period = DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20));
        Assert.NotNull(await _archive.ReadAsync(DigestService.Key(Dana, period, "html")));
        Assert.NotNull(await _archive.ReadAsync(DigestService.Key(Dana, period, "json")));
        Assert.Equal(DigestSendStatus.Sent, (await new DigestSendLedger(_archive, _clock, Options.Lease, "x").ReadAsync(Dana, period))!.Status);
    }

    [Fact]
    public async Task RunOnceAsync_TwoInstancesSameStore_EachDigestSentOnce()
    {
        await SeedAsync(_archive, _clock);
        var a = Runner(_archive, _clock, _messenger);
        var b = Runner(_archive, _clock, _messenger);
        _clock.Advance(TimeSpan.FromHours(9));

        for (var tick = 0; tick < 5; tick++)
        {
            await Task.WhenAll(a.RunOnceAsync(default), b.RunOnceAsync(default));
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal((1, 1), (_messenger.To(Lee), _messenger.To(Dana)));
    }

    [Fact]
    public async Task RunOnceAsync_SupervisorUnreachable_RetriedAtNextTick()
    {
        await SeedAsync(_archive, _clock);
        var runner = Runner(_archive, _clock, _messenger);
        _clock.Advance(TimeSpan.FromMinutes(1));
        _messenger.Reachable = false;
        await runner.RunOnceAsync(default);

        _messenger.Reachable = true;
        _clock.Advance(TimeSpan.FromMinutes(1));
        var sent = await Runner(_archive, _clock, _messenger).RunOnceAsync(default);

        Assert.Equal(1, sent);
        Assert.Equal(1, _messenger.To(Lee));
    }

    [Fact]
    public async Task RunOnceAsync_InstanceCrashedAfterClaim_AnotherTakesOverAfterLease()
    {
        await SeedAsync(_archive, _clock);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var period = DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20));
        await new DigestSendLedger(_archive, _clock, Options.Lease, "crashed").TryClaimAsync(Lee, period);
        var restarted = Runner(_archive, _clock, _messenger);

        await restarted.RunOnceAsync(default);
        Assert.Equal(0, _messenger.To(Lee));

        _clock.Advance(Options.Lease);
        await restarted.RunOnceAsync(default);
        Assert.Equal(1, _messenger.To(Lee));
    }

    [Fact]
    public async Task RunOnceAsync_LongAfterDeliveryTime_DoesNotSendStaleDigest()
    {
        await SeedAsync(_archive, _clock);
        _clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(0, await Runner(_archive, _clock, _messenger).RunOnceAsync(default));
    }

    [Fact]
    public async Task Scheduler_TicksOnTheInjectedClock_SendsWhenDue()
    {
        await SeedAsync(_archive, _clock);
        var runner = Runner(_archive, _clock, _messenger);
        var reminders = new AlertReminders(new AlertStore(_archive), _messenger, new AlertOptions(), _clock);
        using var scheduler = new DigestScheduler(runner, reminders, Microsoft.Extensions.Options.Options.Create(Options), _clock, NullLogger<DigestScheduler>.Instance);
        await scheduler.StartAsync(default);
        try
        {
            await Eventually(() => true);
            Assert.Empty(_messenger.Sent);
            _clock.Advance(TimeSpan.FromMinutes(1));
            await Eventually(() => _messenger.To(Lee) == 1);
        }
        finally
        {
            await scheduler.StopAsync(default);
        }
    }

    internal static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }
        Assert.True(condition());
    }
}
