using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Questions;
using AllianceBot.Dialogs.Root;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Hosting;

public static class DialogsRegistration
{
    /// <summary>
    /// The conversations: the offline reasoning engine (built once; loading validates the knowledge
    /// base, so a broken one stops the bot at start), the debrief and commands, and the root bot.
    /// Supervisor features register <see cref="ICommandHandler"/>s, a roster and a notifier before this.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DebriefSettings>().Bind(configuration.GetSection(DebriefSettings.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SafetySettings>().Bind(configuration.GetSection(SafetySettings.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ISupervisionReasoning>(_ => OfflineReasoning.CreateDefault());
        services.AddHostedService<ReasoningWarmUp>();
        services.TryAddSingleton<IRosterLookup, NoRoster>();
        services.TryAddSingleton<ISupervisorNotifier, NoSupervisorNotifier>();
        services.TryAddSingleton<IBot>(sp => AllianceBotFactory.Create(
            sp.GetRequiredService<ConversationState>(),
            sp.GetRequiredService<ISupervisionReasoning>(),
            sp.GetRequiredService<IDebriefArchive>(),
            sp.GetRequiredService<IRosterLookup>(),
            sp.GetRequiredService<ISupervisorNotifier>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<DebriefSettings>>().Value.ToOptions(),
            sp.GetServices<ICommandHandler>(),
            refiner: sp.GetService<IAnswerRefiner>(),
            enrichment: sp.GetService<IDebriefEnrichment>(),
            safety: sp.GetRequiredService<IOptions<SafetySettings>>().Value.ToOptions()));
        services.TryAddSingleton<DraftExpiryService>();
        services.AddHostedService(sp => sp.GetRequiredService<DraftExpiryService>());
        return services;
    }
}
