using AllianceBot.Dialogs.Supervision;

namespace AllianceBot.Bot.Hosting;

/// <summary>
/// Builds the reasoning engine while the host starts, not on the first message: it loads the
/// sentence-embedding model (a second or more on a busy machine, then shared), and a broken
/// knowledge base or model file stops the bot here rather than failing a user's turn.
/// </summary>
internal sealed class ReasoningWarmUp(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<ISupervisionReasoning>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
