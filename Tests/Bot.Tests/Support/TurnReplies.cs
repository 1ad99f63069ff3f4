using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Bot.Tests.Support;

/// <summary>
/// Posts one activity to the bot and returns the texts its turn delivered. The endpoint answers only
/// once the turn's replies are delivered, so the messages past the count taken before the post are
/// this turn's and no waiting is needed.
/// </summary>
public static class TurnReplies
{
    public static async Task<IReadOnlyList<string>> PostAsync(BotTestHost host, LoopbackConnector connector, Activity activity)
    {
        var before = connector.DeliveredMessages.Count;
        var response = await host.PostAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"'{activity.Text}' got {(int)response.StatusCode}");
        return [.. connector.DeliveredMessages.Skip(before).Select(m => m.Text ?? "")];
    }
}
