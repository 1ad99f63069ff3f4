using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Hosting;

/// <summary>Says at start how the bot is secured and how to talk to it locally.</summary>
internal sealed class StartupNotice(
    IOptions<BotIdentityOptions> identity, IServer server, IHostApplicationLifetime lifetime, ILogger<StartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
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
