using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

public static class DigestsRegistration
{
    /// <summary>
    /// The roster, access policy, digests (and their page links), supervisor commands, alerts with
    /// their reminders (section "Alerts") and the digest scheduler (section "Digest"). Call after AddAllianceBot: it replaces the no-op
    /// <see cref="IRosterLookup"/> and <see cref="ISupervisorNotifier"/> defaults.
    /// </summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.Section))
            .Validate(o => o.Tick > TimeSpan.Zero && o.Lease > o.Tick, "Digest:Tick must be positive and Digest:Lease longer than it.")
            .Validate(o => o.TimeOfDay >= TimeSpan.Zero && o.TimeOfDay < TimeSpan.FromDays(1), "Digest:TimeOfDay must be a time of day such as 16:00.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Digest:TimeZone must be an IANA time zone id such as Europe/London.")
            .Validate(o => o.QuietDays > 0 && o.LinkLifetime > TimeSpan.Zero, "Digest:QuietDays and Digest:LinkLifetime must be positive.")
            .Validate(o => string.IsNullOrWhiteSpace(o.LinkKey) || IsKey(o.LinkKey), "Digest:LinkKey must be base64 of at least 32 bytes.")
            .Validate(o => string.IsNullOrWhiteSpace(o.PageBaseUrl) || Uri.TryCreate(o.PageBaseUrl, UriKind.Absolute, out _), "Digest:PageBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section))
            .Validate(o => o.RemindAfter > TimeSpan.Zero && o.MaxReminders >= 0, "Alerts:RemindAfter must be positive and Alerts:MaxReminders not negative.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new RosterStore(sp.GetRequiredService<BotStores>().Archive, sp.GetRequiredService<TimeProvider>()));
        services.Replace(ServiceDescriptor.Singleton<IRosterLookup>(sp => sp.GetRequiredService<RosterStore>()));
        services.TryAddSingleton<AccessPolicy>();
        services.TryAddSingleton(sp => new AlertStore(sp.GetRequiredService<BotStores>().Archive));
        services.TryAddSingleton(sp => new DigestService(sp.GetRequiredService<IDebriefArchive>(), sp.GetRequiredService<BotStores>().Archive, sp.GetRequiredService<RosterStore>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<DigestOptions>>().Value, sp.GetRequiredService<AlertStore>()));
        services.TryAddSingleton<DigestPageAddress>();
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DigestOptions>>().Value;
            var address = sp.GetRequiredService<DigestPageAddress>();
            return new DigestLinks(string.IsNullOrWhiteSpace(o.LinkKey) ? null : Convert.FromBase64String(o.LinkKey), sp.GetRequiredService<TimeProvider>(),
                o.LinkLifetime, address.BaseUrl);
        });
        services.TryAddSingleton(sp => new SupervisorAlerts(sp.GetRequiredService<RosterStore>(), sp.GetRequiredService<IProactiveMessenger>(),
            sp.GetRequiredService<AlertStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new AlertReminders(sp.GetRequiredService<AlertStore>(), sp.GetRequiredService<IProactiveMessenger>(),
            sp.GetRequiredService<IOptions<AlertOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.Replace(ServiceDescriptor.Singleton<ISupervisorNotifier, SupervisorNotifier>());
        services.TryAddSingleton(sp => new DebriefReviewer(sp.GetRequiredService<AccessPolicy>(), sp.GetRequiredService<IDebriefArchive>(), sp.GetRequiredService<ISupervisionReasoning>().Knowledge));
        services.TryAddSingleton(sp => new AlertAcknowledger(sp.GetRequiredService<AlertStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new DeletionDecisions(sp.GetRequiredService<RosterStore>(), sp.GetRequiredService<IDebriefArchive>(),
            sp.GetRequiredService<AlertStore>(), sp.GetRequiredService<IProactiveMessenger>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new SupervisorCommands(sp.GetRequiredService<AccessPolicy>(), sp.GetRequiredService<DigestService>(),
            sp.GetRequiredService<DebriefReviewer>(), sp.GetRequiredService<AlertAcknowledger>(), sp.GetRequiredService<DeletionDecisions>(),
            sp.GetRequiredService<IOptions<DigestOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<DigestLinks>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, SupervisorCommandHandler>());
        services.TryAddSingleton<DigestRunner>();
        if (configuration.GetSection(DigestOptions.Section).GetValue(nameof(DigestOptions.Enabled), true))
        {
            services.AddHostedService<DigestScheduler>();
        }
        return services;
    }

    private static bool IsKey(string value)
    {
        Span<byte> bytes = stackalloc byte[value.Length];
        return Convert.TryFromBase64String(value, bytes, out var length) && length >= 32;
    }
}
