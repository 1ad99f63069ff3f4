using System.Security.Cryptography;
using System.Text;
using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

/// <summary>
/// The one answer to "who is this?" for drafts, debriefs, references and rosters. The Entra object
/// id when the channel gives a real one (a GUID); otherwise the channel's user id scoped to its
/// channel and tenant, hashed into a fixed-length key that can never equal a GUID. Null when the
/// activity names no usable user: such an activity is refused before any dialog runs.
/// </summary>
public static class UserIdentity
{
    /// <summary>Longest from.id accepted; Teams ids are about 80 characters.</summary>
    public const int MaxIdLength = 256;

    private const string ScopedPrefix = "u-";

    public static string? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var from = activity.From;
        if (!IsUsableId(from?.Id))
        {
            return null;
        }
        if (Guid.TryParseExact(from!.AadObjectId?.Trim(), "D", out var aad) && aad != Guid.Empty)
        {
            return aad.ToString("D");
        }
        // Teams user ids are unique within a tenant, other channels' within the channel: scope to both.
        var scope = $"{activity.ChannelId}\n{activity.TenantId()}\n{from.Id}";
        return ScopedPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)))[..32];
    }

    /// <summary>A from.id the bot can use: present, not blank, not oversized, no control characters.</summary>
    public static bool IsUsableId(string? id)
        => !string.IsNullOrWhiteSpace(id) && id.Length <= MaxIdLength && !id.Any(char.IsControl);

    /// <summary>
    /// A 1:1 chat with the bot. Teams says "personal"; the Emulator, the Playground and the terminal
    /// chat send no type and are personal unless they say they are a group.
    /// </summary>
    public static bool IsPersonalChat(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        return conversation?.IsGroup != true && conversation?.ConversationType is null or "" or "personal";
    }
}
