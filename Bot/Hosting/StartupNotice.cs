using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Hosting;

/// <summary>Says at start which settings files it read, where telemetry goes, how the bot is secured and how to talk to it locally.</summary>
internal sealed class StartupNotice(
    IOptions<BotIdentityOptions> identity, IServer server, IHostApplicationLifetime lifetime, IConfiguration configuration,
    IHostEnvironment environment, ILogger<StartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var (read, missing) = SettingsSources.Files(configuration);
        logger.SettingsRead(environment.EnvironmentName, read.Count == 0 ? "none" : string.Join(", ", read),
            missing.Count == 0 ? "none" : string.Join(", ", missing.Select(Path.GetFileName)), Directory.GetCurrentDirectory());
        logger.TelemetryExporters(Telemetry.TelemetryRegistration.DescribeExporters(configuration));
        if (identity.Value.IsAnonymous)
        {
            logger.AnonymousMode();
        }
        else
        {
            logger.AuthenticatedMode(identity.Value.MicrosoftAppType);
        }
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:3978";
            logger.HowToChat(address.TrimEnd('/') + "/api/messages");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
