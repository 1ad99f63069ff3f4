using System.Text.Json;
using AllianceBot.Bot.Connector;
using AllianceBot.Bot.Hosting;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Adapter;

/// <summary>
/// Delivers to a user's stored 1:1 conversation; when there is none yet and the tenant is known,
/// opens one through the connector first (Teams allows this once the app is installed for the user).
/// </summary>
public sealed class ProactiveMessenger(
    CloudAdapter adapter,
    ConversationReferenceStore references,
    ConnectorClientFactory connectors,
    TrustedServiceUrls trusted,
    IOptions<BotIdentityOptions> identity,
    IOptions<BotFrameworkOptions> framework,
    ILogger<ProactiveMessenger> logger) : IProactiveMessenger
{
    private const string TeamsChannel = "msteams";

    public async Task<bool> SendToUserAsync(string userKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        ArgumentNullException.ThrowIfNull(activities);
        try
        {
            var reference = await references.FindAsync(userKey, cancellationToken).ConfigureAwait(false)
                ?? await OpenConversationAsync(userKey, cancellationToken).ConfigureAwait(false);
            if (reference is null)
            {
                logger.ProactiveUnreachable("no stored conversation and no tenant to open one");
                return false;
            }
            await adapter.ContinueConversationAsync(reference,
                (turn, ct) => turn.SendActivitiesAsync(activities, ct), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or UnauthorizedAccessException
            or Dialogs.State.StorageUnavailableException)
        {
            logger.ProactiveUnreachable(ex.GetType().Name);
            return false;
        }
    }

    private async Task<ConversationReference?> OpenConversationAsync(string userKey, CancellationToken cancellationToken)
    {
        var id = identity.Value;
        var tenant = id.MicrosoftAppTenantId is { Length: > 0 } configured ? configured : references.LastTenantId;
        if (id.IsAnonymous || tenant is null)
        {
            return null;
        }
        var serviceUrl = framework.Value.DefaultServiceUrl;
        var bot = new ChannelAccount { Id = "28:" + id.MicrosoftAppId };
        var user = new ChannelAccount { Id = userKey };
        var created = await connectors.Create().CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [user],
            TenantId = tenant,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenant } }, BotJson.Options),
        }, cancellationToken).ConfigureAwait(false);
        if (created.Id is null)
        {
            return null;
        }
        var reference = new ConversationReference
        {
            ChannelId = TeamsChannel,
            ServiceUrl = created.ServiceUrl ?? serviceUrl,
            Bot = bot,
            User = user,
            Conversation = new ConversationAccount { Id = created.Id, TenantId = tenant, ConversationType = "personal", IsGroup = false },
        };
        trusted.Add(reference.ServiceUrl);
        await references.SaveAsync(userKey, reference, cancellationToken).ConfigureAwait(false);
        return reference;
    }
}
