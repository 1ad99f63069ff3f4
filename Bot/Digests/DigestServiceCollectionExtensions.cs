using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// The roster, access policy, digests, supervisor commands, violation alerts and the digest
    /// scheduler (section "Digest"). Call after AddAllianceBot: it replaces the no-op
    /// <see cref="IRosterLookup"/> and <see cref="ISupervisorNotifier"/> defaults.
    /// </summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.Section))
            .Validate(o => o.Tick > TimeSpan.Zero && o.Lease > o.Tick, "Digest:Tick must be positive and Digest:Lease longer than it.")
            .Validate(o => o.TimeOfDay >= TimeSpan.Zero && o.TimeOfDay < TimeSpan.FromDays(1), "Digest:TimeOfDay must be a time of day such as 16:00.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Digest:TimeZone must be an IANA time zone id such as Europe/London.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new RosterStore(sp.GetRequiredService<BotStores>().Archive, sp.GetRequiredService<TimeProvider>()));
        services.Replace(ServiceDescriptor.Singleton<IRosterLookup>(sp => sp.GetRequiredService<RosterStore>()));
        services.TryAddSingleton<AccessPolicy>();
        services.TryAddSingleton(sp => new DigestService(sp.GetRequiredService<BotStores>().Archive,
            sp.GetRequiredService<RosterStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ViolationAlerts>();
        services.TryAddSingleton<CrisisAlerts>();
        services.Replace(ServiceDescriptor.Singleton<ISupervisorNotifier, SupervisorNotifier>());
        services.TryAddSingleton(sp => new SupervisorCommands(sp.GetRequiredService<AccessPolicy>(), sp.GetRequiredService<DigestService>(),
            sp.GetRequiredService<BotStores>().Archive, sp.GetRequiredService<IOptions<DigestOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, SupervisorCommandHandler>());
        services.TryAddSingleton<DigestRunner>();
        if (configuration.GetSection(DigestOptions.Section).GetValue(nameof(DigestOptions.Enabled), true))
        {
            services.AddHostedService<DigestScheduler>();
        }
        return services;
    }
}
