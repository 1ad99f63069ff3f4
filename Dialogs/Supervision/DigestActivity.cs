using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>The Teams message that carries a digest: a one-line summary (notifications, screen readers) and the card.</summary>
public static class DigestActivity
{
    /// <param name="fullDigestUrl">The signed link to the full digest page (a button on the card); null leaves it out.</param>
    public static Activity Create(Digest digest, string? fullDigestUrl = null)
    {
        var card = JsonSerializer.SerializeToElement(DigestCardBuilder.Build(digest, fullDigestUrl));
        var activity = Activity.CreateMessage($"{DigestCopy.Title(digest.Period)}: {DigestCopy.Headline(digest)}");
        activity.Summary = DigestCopy.Title(digest.Period);
        activity.Attachments = [Attachment.AdaptiveCard(card)];
        return activity;
    }
}
