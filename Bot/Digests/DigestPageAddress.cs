using AllianceBot.Dialogs.Supervision;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// Where the full digest page is reached from outside: Digest:PageBaseUrl when set (behind a proxy or
/// App Service it must be), else the first address Kestrel listens on (a local run). Null before the
/// server has started and in the terminal chat, which has no server: cards then carry no page link.
/// </summary>
public sealed class DigestPageAddress(IOptions<DigestOptions> options, IServiceProvider services)
{
    public string? BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PageBaseUrl))
        {
            return options.Value.PageBaseUrl.TrimEnd('/');
        }
        var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return address is null || address.EndsWith(":0", StringComparison.Ordinal) ? null : address.TrimEnd('/');
    }
}
