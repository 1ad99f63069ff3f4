using System.Collections.Concurrent;
using System.Text.Json;
using AllianceBot.Bot.Auth;
using AllianceBot.Bot.Connector;
using AllianceBot.Bot.Hosting;
using Microsoft.Extensions.Options;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot.Adapter;

/// <summary>
/// Where to reach each user later: the reference of their 1:1 conversation, stored under
/// references/{user} (user = aadObjectId, else the channel's user id). Written only when it changed,
/// so an ordinary message costs no extra write.
/// </summary>
public sealed class ConversationReferenceStore(BotStores stores, TrustedServiceUrls trusted, IOptions<BotIdentityOptions> identity,
    ILogger<ConversationReferenceStore> logger)
{
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);

    /// <summary>The last tenant seen in an inbound activity (for opening chats when none is configured).</summary>
    public string? LastTenantId { get; private set; }

    public static string? UserKey(Activity activity) => UserIdentity.Of(activity);

    public static string KeyFor(string userKey) => StorageKey.Join("references", userKey);

    /// <summary>Stores the reference of a personal conversation; failures are logged, never thrown (the turn matters more).</summary>
    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.TenantId() is { Length: > 0 } tenant)
        {
            LastTenantId = tenant;
        }
        // Group chats and channels are not where a user's private digest belongs.
        var personal = activity.Conversation?.IsGroup != true
            && activity.Conversation?.ConversationType is null or "personal";
        if (!personal || UserKey(activity) is not { } user || activity.ServiceUrl is null)
        {
            return;
        }
        var reference = activity.GetConversationReference();
        // The last activity id changes on every message; proactive messages are not replies anyway.
        reference.ActivityId = null;
        if (reference.Conversation is { TenantId: null } conversation && activity.TenantId() is { } t)
        {
            conversation.TenantId = t;
        }
        await SaveAsync(user, reference, cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveAsync(string userKey, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        reference.SavedWithAuth = !identity.Value.IsAnonymous;
        var json = JsonSerializer.SerializeToUtf8Bytes(reference, BotJson.Options);
        var text = System.Text.Encoding.UTF8.GetString(json);
        if (_written.TryGetValue(userKey, out var previous) && previous == text)
        {
            return;
        }
        try
        {
            await stores.State.WriteAsync(KeyFor(userKey), json, WriteCondition.Always, null, cancellationToken).ConfigureAwait(false);
            _written[userKey] = text;
        }
        catch (Exception ex) when (ex is StorageUnavailableException or StorageConflictException or IOException)
        {
            logger.ReferenceNotStored(ex.GetType().Name);
        }
    }

    public async Task<ConversationReference?> FindAsync(string userKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        var item = await stores.State.ReadAsync(KeyFor(userKey), cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }
        var reference = JsonSerializer.Deserialize<ConversationReference>(item.Content.Span, BotJson.Options);
        if (reference is null)
        {
            return null;
        }
        // The same rule as an inbound turn: with auth on, a token must have vouched for the service URL
        // (so the reference was stored under auth); without it, only this machine's URLs are accepted.
        if (!identity.Value.IsAnonymous && reference.SavedWithAuth != true)
        {
            logger.ReferenceNotTrusted("stored while the bot ran without authentication");
            return null;
        }
        if (identity.Value.IsAnonymous && !BotRequestAuthenticator.IsLoopbackUrl(reference.ServiceUrl))
        {
            logger.ReferenceNotTrusted("its service URL is not on this machine and the bot runs without authentication");
            return null;
        }
        trusted.Add(reference.ServiceUrl);
        return reference;
    }
}
