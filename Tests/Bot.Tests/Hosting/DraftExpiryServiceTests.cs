using AllianceBot.Bot.Hosting;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Archive;
using AllianceBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests.Hosting;

/// <summary>The hosted sweep as the host wires it: an expired draft that disclosed a violation leaves its tombstone in the archive.</summary>
public sealed class DraftExpiryServiceTests
{
    private const string Gift = "She gave me concert tickets and I accepted them. We talked about her job search.";

    [Fact]
    public async Task SweepOnce_ExpiredDraftThatDisclosedAViolation_LeavesATombstone()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(bot: null, realBot: true, configure: s => s.AddSingleton<TimeProvider>(time));
        Task<IReadOnlyList<string>> SayAsync(string text) => TurnReplies.PostAsync(host, connector, TestActivities.Message(text, connector.ServiceUrl));
        foreach (var step in new[] { "debrief", "C-104 today ongoing video", Gift, "4 4 4", "1" })
        {
            await SayAsync(step);
        }
        Assert.Contains(await SayAsync("ok"), r => r.Contains("This is a boundary violation", StringComparison.Ordinal));
        time.Advance(new DebriefSettings().DraftTtl + TimeSpan.FromHours(1));

        Assert.Equal(1, await host.Services.GetRequiredService<DraftExpiryService>().SweepOnceAsync(CancellationToken.None));

        var tombstone = Assert.Single(await host.Services.GetRequiredService<IDebriefArchive>().ListTombstonesAsync(TestActivities.UserAad));
        Assert.Equal((TombstoneReason.Expired, "BV-GIFT", "C-104"), (tombstone.Reason, Assert.Single(tombstone.Codes), tombstone.ClientCode));
    }
}
