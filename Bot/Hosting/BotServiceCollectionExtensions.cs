using AllianceBot.Bot.Adapter;
using AllianceBot.Bot.Auth;
using AllianceBot.Bot.Connector;
using AllianceBot.Bot.Model;
using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Everything the bot needs: options, storage, state, the adapter, the connector client with
    /// retries and tokens, inbound auth and the endpoint. The IBot is registered with TryAdd, so a
    /// registration made before this call wins (tests use that for small stand-in bots).
    /// </summary>
    public static IServiceCollection AddAllianceBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddBotCore(configuration);
        services.AddBotWire();
        services.AddModelEnrichment(configuration);
        services.AddBotHealthChecks();
        services.AddHostedService<StartupNotice>();
        return services;
    }

    /// <summary>Options, storage, state and the bot: what the terminal chat needs too.</summary>
    public static IServiceCollection AddBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotIdentityOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotIdentityOptions>, BotIdentityOptionsValidator>());
        services.AddOptions<BotFrameworkOptions>().Bind(configuration.GetSection(BotFrameworkOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddBotStorage(configuration);
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<BotStores>().State));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<BotStores>().State));
        // The one turn runner, over the bot's own ConversationState: the web host and the terminal chat both run turns through it.
        services.TryAddSingleton<RecentActivities>();
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<TurnRunner>();
        services.AddAllianceDialogs(configuration);
        return services;
    }

    private static void AddBotWire(this IServiceCollection services)
    {
        services.AddHttpClient(nameof(BotTokenValidator));
        services.TryAddTransient<ConnectorRetryHandler>();
        services.TryAddTransient<BotTokenHandler>();
        // Retries outside the token handler, so every attempt carries a valid token.
        services.AddHttpClient(ConnectorClientFactory.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<BotTokenHandler>();
        services.TryAddSingleton<IBotTokenProvider, EntraBotTokenProvider>();
        services.TryAddSingleton<ConnectorClientFactory>();
        services.TryAddTransient(sp => sp.GetRequiredService<ConnectorClientFactory>().Create());
        services.TryAddSingleton(sp =>
        {
            var trusted = new TrustedServiceUrls();
            if (!sp.GetRequiredService<IOptions<BotIdentityOptions>>().Value.IsAnonymous)
            {
                trusted.Add(sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.DefaultServiceUrl);
            }
            return trusted;
        });

        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<BotRequestAuthenticator>();

        services.TryAddSingleton<ConversationReferenceStore>();
        services.TryAddSingleton<CloudAdapter>();
        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.TryAddSingleton<IProactiveMessenger, ProactiveMessenger>();
        services.TryAddSingleton<BackgroundTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundTurns>());
        services.TryAddSingleton<TurnObserver>();
        services.TryAddSingleton<BotMessageEndpoint>();
    }
}
