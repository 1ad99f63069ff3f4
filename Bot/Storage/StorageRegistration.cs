using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Storage;

public static class StorageRegistration
{
    // Placeholder until the local-folder and Blob backends land (same session): in-memory stores.
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new BotStores(new MemoryStorage(), new MemoryStorage()));
        return services;
    }
}
