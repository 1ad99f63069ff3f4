using AllianceBot.Bot.Connector;
using AllianceBot.Bot.Model;
using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Hosting;

/// <summary>
/// What the hosts call: the web host <see cref="AddAllianceBot"/>, the terminal chat <see cref="AddAllianceBotCore"/>.
/// Each area registers itself with one Add{Area} method in its {Area}Registration class.
/// </summary>
public static class AllianceBotRegistration
{
    /// <summary>
    /// Everything the web host needs: the core below, the Bot Framework connector (inbound auth, the
    /// endpoint, the adapter, the connector client with retries and tokens), the model and the readiness
    /// checks. The IBot is registered with TryAdd, so a
    /// registration made before this call wins (tests use that for small stand-in bots).
    /// </summary>
    public static IServiceCollection AddAllianceBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddAllianceBotCore(configuration);
        services.AddConnector();
        services.AddModel(configuration);
        services.AddReadiness();
        services.AddHostedService<StartupNotice>();
        return services;
    }

    /// <summary>Options, storage, state and the bot: what the terminal chat needs too.</summary>
    public static IServiceCollection AddAllianceBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotIdentityOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotIdentityOptions>, BotIdentityOptionsValidator>());
        services.AddOptions<BotFrameworkOptions>().Bind(configuration.GetSection(BotFrameworkOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddStorage(configuration);
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<BotStores>().State));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<BotStores>().State));
        // The one turn runner, over the bot's own ConversationState: the web host and the terminal chat both run turns through it.
        services.TryAddSingleton<RecentActivities>();
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<TurnRunner>();
        services.AddDialogs(configuration);
        return services;
    }
}
