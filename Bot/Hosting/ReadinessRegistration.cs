namespace AllianceBot.Bot.Hosting;

public static class ReadinessRegistration
{
    /// <summary>The health checks behind /readyz (<see cref="BotEndpoints.ReadyTag"/>): storage, knowledge base, model.</summary>
    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageReadiness>("storage", tags: [BotEndpoints.ReadyTag])
            .AddCheck<KnowledgeReadiness>("knowledge", tags: [BotEndpoints.ReadyTag])
            .AddCheck<ModelReadiness>("model", tags: [BotEndpoints.ReadyTag]);
        return services;
    }
}
