namespace AllianceBot.Load;

/// <summary>What one simulated user does, round after round, until the run stops.</summary>
public interface ILoadScript
{
    string Name { get; }

    Task RunRoundAsync(LoadConversation conversation, CancellationToken stop);
}

/// <summary>For the baseline and for the wire's placeholder echo bot: plain messages, one reply each.</summary>
public sealed class EchoScript : ILoadScript
{
    public string Name => "echo (5 messages a round)";

    public async Task RunRoundAsync(LoadConversation conversation, CancellationToken stop)
    {
        for (var i = 1; i <= 5; i++)
        {
            await conversation.SayAsync($"hello {i}", stop).ConfigureAwait(false);
        }
    }
}
