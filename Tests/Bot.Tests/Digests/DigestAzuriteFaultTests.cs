using System.Runtime.CompilerServices;
using AllianceBot.Bot.Tests.Storage;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Digests;
using AllianceBot.TestKit;
using static AllianceBot.Bot.Tests.Digests.DigestTestData;

namespace AllianceBot.Bot.Tests.Digests;

/// <summary>The real emulator stopped in the middle of a digest run: nothing lost, nothing sent twice, delivered at a later tick.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DigestAzuriteFaultTests(AzuriteFixture azurite)
{
    private static readonly DigestPeriod Week = DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20));
    private readonly ManualClock _clock = new(FridayAt1600Utc.AddMinutes(1));
    private readonly RecordingMessenger _messenger = new();

    [Fact]
    public async Task RunOnceAsync_AzuriteStoppedRightAfterSend_MarkedAtNextTickNeverSentTwice()
    {
        var archive = AzuriteCollection.NewStorage(azurite);
        await SeedAsync(archive, _clock);
        var runner = DigestRunnerTests.Runner(archive, _clock, _messenger);
        _messenger.DuringSend = azurite.StopAsync;
        try
        {
            await runner.RunOnceAsync(default);
            _clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(0, await runner.RunOnceAsync(default));
        }
        finally
        {
            await azurite.StartAsync();
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        await runner.RunOnceAsync(default);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await DigestRunnerTests.Runner(archive, _clock, _messenger).RunOnceAsync(default);

        Assert.Equal(1, _messenger.To(Lee));
        Assert.Equal(DigestSendStatus.Sent, (await new DigestSendLedger(archive, _clock, TimeSpan.FromMinutes(5), "x").ReadAsync(Lee, Week))!.Status);
        Assert.NotNull(await archive.ReadAsync(DigestService.Key(Lee, Week, "html")));
    }

    [Fact]
    public async Task RunOnceAsync_AzuriteStoppedWhileComposing_DeliveredAtNextTick()
    {
        var blob = AzuriteCollection.NewStorage(azurite);
        await SeedAsync(blob, _clock);
        var archive = new HookedStorage(blob) { BeforeFirstList = azurite.StopAsync, ListPrefix = "debriefs/" };
        var runner = DigestRunnerTests.Runner(archive, _clock, _messenger);
        try
        {
            Assert.Equal(0, await runner.RunOnceAsync(default));
            Assert.True(archive.Fired);
        }
        finally
        {
            await azurite.StartAsync();
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await runner.RunOnceAsync(default));
        _clock.Advance(TimeSpan.FromMinutes(1));
        await runner.RunOnceAsync(default);

        Assert.Equal(1, _messenger.To(Lee));
        var marker = (await new DigestSendLedger(blob, _clock, TimeSpan.FromMinutes(5), "x").ReadAsync(Lee, Week))!;
        Assert.Equal((DigestSendStatus.Sent, 2), (marker.Status, marker.Attempts));
    }

    /// <summary>Runs a fault just before the first listing under a prefix (mid-composition), then behaves as the inner store.</summary>
    private sealed class HookedStorage(IStorage inner) : IStorage
    {
        public Func<Task>? BeforeFirstList { get; set; }
        public string ListPrefix { get; set; } = string.Empty;
        public bool Fired { get; private set; }

        public Task<StorageItem?> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

        public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition,
            IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
            => inner.WriteAsync(key, content, condition, metadata, cancellationToken);

        public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

        public async IAsyncEnumerable<StorageEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            if (!Fired && prefix.StartsWith(ListPrefix, StringComparison.Ordinal) && BeforeFirstList is { } hook)
            {
                Fired = true;
                await hook();
            }
            await foreach (var entry in inner.ListAsync(prefix, cancellationToken))
            {
                yield return entry;
            }
        }

        public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
    }
}
