using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Questions;
using AllianceBot.Dialogs.State;
using AllianceBot.Prompts.Enrichment;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Model;

public static class ModelRegistration
{
    /// <summary>
    /// Binds and validates section "Model" at start, and registers IDebriefEnricher and
    /// IQuestionAnswerEnricher: the model services when Endpoint and Deployment are set,
    /// otherwise NoModel. Also the background queue that keeps model calls out of the turn.
    /// A TokenCredential registered before this call replaces DefaultAzureCredential for Model:UseEntraId.
    /// </summary>
    public static IServiceCollection AddModel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ModelOptions>().Bind(configuration.GetSection(ModelOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ModelOptions>, ModelOptionsValidator>());

        services.TryAddSingleton(sp => new OpenAiModelClient(
            sp.GetRequiredService<IOptions<ModelOptions>>(),
            sp.GetRequiredService<ILogger<OpenAiModelClient>>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<TokenCredential>()));
        services.TryAddSingleton<ModelDebriefEnricher>();
        services.TryAddSingleton<ModelAnswerer>();
        services.TryAddSingleton<IDebriefEnricher>(sp => Enabled(sp) ? sp.GetRequiredService<ModelDebriefEnricher>() : NoModel.Instance);
        services.TryAddSingleton<IQuestionAnswerEnricher>(sp => Enabled(sp) ? sp.GetRequiredService<ModelAnswerer>() : NoModel.Instance);

        // The seams the dialogs call: no-ops when the model is off, so nothing about a turn changes.
        services.TryAddSingleton<ModelAnswerRefiner>();
        services.TryAddSingleton<ModelDebriefFollowUp>();
        services.TryAddSingleton<IAnswerRefiner>(sp => Enabled(sp) ? sp.GetRequiredService<ModelAnswerRefiner>() : NoAnswerRefiner.Instance);
        services.TryAddSingleton<IDebriefEnrichment>(sp => Enabled(sp) ? sp.GetRequiredService<ModelDebriefFollowUp>() : NoDebriefEnrichment.Instance);
        services.TryAddSingleton<IEnrichmentStore>(sp => new StorageEnrichmentStore(sp.GetRequiredService<BotStores>().Archive));

        services.TryAddSingleton<BackgroundEnrichmentQueue>();
        services.AddHostedService<BackgroundEnrichmentService>();
        return services;
    }

    private static bool Enabled(IServiceProvider sp) => sp.GetRequiredService<IOptions<ModelOptions>>().Value.Enabled;
}
