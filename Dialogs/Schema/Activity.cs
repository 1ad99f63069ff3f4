using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Dialogs.Schema;

/// <summary>
/// A Bot Framework v3 activity. Only the fields the bot uses are declared; everything else
/// (Teams channelData details, future fields) is kept in <see cref="Properties"/> so that it
/// survives a round trip.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    public static Activity CreateTyping() => new() { Type = ActivityTypes.Typing };

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Type == ActivityTypes.ConversationUpdate ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>
    /// Addresses this (outgoing) activity with a stored reference: from the bot, to the user, as a
    /// reply to the referenced activity when there is one.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        From = reference.Bot;
        Recipient = reference.User;
        Locale ??= reference.Locale;
        if (reference.ActivityId is not null && Type != ActivityTypes.Typing)
        {
            ReplyToId ??= reference.ActivityId;
        }
        return this;
    }

    /// <summary>The Teams tenant id, from channelData.tenant.id or conversation.tenantId.</summary>
    public string? TenantId()
    {
        if (Conversation?.TenantId is { Length: > 0 } tenant)
        {
            return tenant;
        }
        if (ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var t) && t.ValueKind == JsonValueKind.Object
            && t.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString();
        }
        return null;
    }
}
