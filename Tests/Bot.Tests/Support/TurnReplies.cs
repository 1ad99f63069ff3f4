using AllianceBot.Bot.Hosting;
using AllianceBot.Dialogs.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests.Support;

/// <summary>
/// Posts one activity to the bot and returns the texts its turn delivered. The endpoint answers only
/// once the turn's replies are delivered, so the messages past the count taken before the post are
/// this turn's. A turn slower than the endpoint's inline wait (a store coming back from an outage, a
/// busy machine) is acknowledged with 202 and goes on in the background: then this waits for it to end.
/// </summary>
public static class TurnReplies
{
    public static async Task<IReadOnlyList<string>> PostAsync(BotTestHost host, LoopbackConnector connector, Activity activity)
    {
        var before = connector.DeliveredMessages.Count;
        var response = await host.PostAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"'{activity.Text}' got {(int)response.StatusCode}");
        if (response.StatusCode == System.Net.HttpStatusCode.Accepted)
        {
            var turns = host.Services.GetRequiredService<BackgroundTurns>();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (turns.Running > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
        return [.. connector.DeliveredMessages.Skip(before).Select(m => m.Text ?? "")];
    }
}
