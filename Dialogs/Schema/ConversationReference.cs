namespace AllianceBot.Dialogs.Schema;

/// <summary>Everything needed to message a conversation later (proactive messages).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Locale { get; set; }

    /// <summary>
    /// True when it was stored while the bot authenticated every request, so a token vouched for its
    /// service URL; a reference stored in local (unauthenticated) mode is not trusted once auth is on.
    /// </summary>
    public bool? SavedWithAuth { get; set; }
}
