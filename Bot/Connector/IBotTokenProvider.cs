namespace AllianceBot.Bot.Connector;

/// <summary>Gives the bearer token for calls to the Bot Connector; null when the bot runs without an app id.</summary>
public interface IBotTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
