using AllianceBot.Bot.Connector;

namespace AllianceBot.Bot.Tests.Support;

public sealed class FixedTokenProvider(string? token) : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
}
