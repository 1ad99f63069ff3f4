using AllianceBot.Bot.Model;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Hosting;

/// <summary>Both stores answer (a cheap request each, within 5 s).</summary>
internal sealed class StorageReadiness(BotStores stores, ILogger<StorageReadiness> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        foreach (var (name, store) in ((string, IStorage)[])[("state", stores.State), ("archive", stores.Archive)])
        {
            try
            {
                if (!await store.PingAsync(timeout.Token).ConfigureAwait(false))
                {
                    return HealthCheckResult.Unhealthy($"the {name} store does not answer");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.StorageNotReady(ex.GetType().Name);
                return HealthCheckResult.Unhealthy($"the {name} store does not answer ({ex.GetType().Name})");
            }
        }
        return HealthCheckResult.Healthy("state and archive answer");
    }
}

/// <summary>
/// The offline engine and its knowledge base are loaded. <see cref="ReasoningWarmUp"/> loads them while
/// the host starts; if that failed, each probe tries again and reports the failure's type only.
/// </summary>
internal sealed class KnowledgeReadiness(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var knowledge = services.GetRequiredService<ISupervisionReasoning>().Knowledge;
            return Task.FromResult(knowledge.Passages.Count > 0 && knowledge.WarningSigns.Count > 0
                ? HealthCheckResult.Healthy($"{knowledge.Passages.Count} passages, {knowledge.WarningSigns.Count} warning signs")
                : HealthCheckResult.Unhealthy("the knowledge base is empty"));
        }
        catch (Exception ex)
        {
            // Only the type: a loader message may quote a data file, and this answer is public.
            return Task.FromResult(HealthCheckResult.Unhealthy($"the knowledge base did not load ({ex.GetType().Name})"));
        }
    }
}

/// <summary>
/// The model client is built when a model is configured. The service itself is not called: a probe
/// every minute would cost tokens, and an instance whose model is down still answers offline.
/// </summary>
internal sealed class ModelReadiness(IOptions<ModelOptions> options, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var model = options.Value;
        if (!model.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("no model configured: offline engine only"));
        }
        try
        {
            services.GetRequiredService<OpenAiModelClient>();
            return Task.FromResult(HealthCheckResult.Healthy($"{model.EffectiveProvider} client for deployment {model.Deployment}"));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the model client could not be built ({ex.GetType().Name})"));
        }
    }
}
