using AllianceBot.Dialogs.Supervision;

namespace AllianceBot.Bot.Hosting;

/// <summary>
/// Builds the reasoning engine while the host starts, not on the first message: it loads the
/// sentence-embedding model (a second or more on a busy machine, then shared). A broken knowledge base
/// or model file is logged here (its type, not its message) and the instance stays alive but not
/// ready: /readyz answers 503 (<see cref="KnowledgeReadiness"/>), so it receives no traffic, and App
/// Service does not restart it in a loop.
/// </summary>
internal sealed class ReasoningWarmUp(IServiceProvider services, ILogger<ReasoningWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = services.GetRequiredService<ISupervisionReasoning>();
        }
        catch (Exception ex)
        {
            logger.ReasoningNotLoaded(ex.GetType().Name);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
