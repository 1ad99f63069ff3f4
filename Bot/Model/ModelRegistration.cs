using System.ClientModel;
using AllianceBot.Prompts.Enrichment;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Model;

public static class ModelRegistration
{
    /// <summary>
    /// Binds and validates section "Model" at start, and registers IDebriefEnricher and
    /// IQuestionAnswerEnricher: the model services when Endpoint and Deployment are set,
    /// otherwise NoModel. Also the background queue that keeps model calls out of the turn.
    /// An AuthenticationTokenProvider registered before this call replaces DefaultAzureCredential.
    /// </summary>
    public static IServiceCollection AddModelEnrichment(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ModelOptions>().Bind(configuration.GetSection(ModelOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ModelOptions>, ModelOptionsValidator>());

        services.TryAddSingleton(sp => new OpenAiModelClient(
            sp.GetRequiredService<IOptions<ModelOptions>>(),
            sp.GetRequiredService<ILogger<OpenAiModelClient>>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<AuthenticationTokenProvider>()));
        services.TryAddSingleton<ModelDebriefEnricher>();
        services.TryAddSingleton<ModelAnswerer>();
        services.TryAddSingleton<IDebriefEnricher>(sp => Enabled(sp) ? sp.GetRequiredService<ModelDebriefEnricher>() : NoModel.Instance);
        services.TryAddSingleton<IQuestionAnswerEnricher>(sp => Enabled(sp) ? sp.GetRequiredService<ModelAnswerer>() : NoModel.Instance);

        services.TryAddSingleton<BackgroundEnrichmentQueue>();
        services.AddHostedService<BackgroundEnrichmentService>();
        return services;
    }

    private static bool Enabled(IServiceProvider sp) => sp.GetRequiredService<IOptions<ModelOptions>>().Value.Enabled;
}
