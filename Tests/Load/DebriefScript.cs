namespace AllianceBot.Load;

/// <summary>Placeholder until the debrief branch lands: behaves as the echo script.</summary>
public sealed class DebriefScript : ILoadScript
{
    public string Name => "debrief";

    public Task RunRoundAsync(LoadConversation conversation, CancellationToken stop) => new EchoScript().RunRoundAsync(conversation, stop);
}
