using AllianceBot.Bot.Adapter;
using AllianceBot.Bot.Auth;
using AllianceBot.Bot.Hosting;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Connector;

public static class ConnectorRegistration
{
    /// <summary>
    /// The Bot Framework connector, both ways: inbound, the token validator, request authentication,
    /// the message endpoint, the adapter and the background turns; outbound, the connector client with
    /// retries and tokens, the trusted service URLs and proactive messages. The web host only: the
    /// terminal chat has its own adapter.
    /// </summary>
    public static IServiceCollection AddConnector(this IServiceCollection services)
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
        return services;
    }
}
