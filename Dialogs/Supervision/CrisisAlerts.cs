using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Tells the practitioner's supervisor at once that imminent risk was reported and the safety steps
/// were shown: who, when, the client code. Nothing the practitioner wrote goes into it. Nobody is
/// told when the practitioner has no supervisor on the roster.
/// </summary>
public sealed class CrisisAlerts(RosterStore rosters, IProactiveMessenger messenger)
{
    public async Task<bool> NotifyAsync(CrisisNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var practitionerId = RosterIds.Normalize(notice.PractitionerId) ?? notice.PractitionerId;
        var roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        if (roster.SupervisorOf(practitionerId) is not { } supervisor)
        {
            return false;
        }
        var name = roster.FindPractitioner(practitionerId)?.Name ?? notice.PractitionerName ?? practitionerId;
        return await messenger.SendToUserAsync(supervisor.Id, [Create(name, notice)], cancellationToken).ConfigureAwait(false);
    }

    private static Activity Create(string name, CrisisNotice notice)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = DigestCopy.CrisisAlertTitle(name), ["wrap"] = true, ["weight"] = "Bolder", ["color"] = "Attention", ["size"] = "Medium" },
            new JsonObject { ["type"] = "TextBlock", ["text"] = DigestCopy.CrisisAlertBody(notice.ClientCode, notice.At, notice.InDebrief), ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = DigestCopy.CrisisAlertAction, ["wrap"] = true },
        };
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json", ["version"] = "1.5", ["body"] = body };
        var activity = Activity.CreateMessage(DigestCopy.CrisisAlertTitle(name));
        activity.Attachments = [Attachment.AdaptiveCard(JsonSerializer.SerializeToElement(card))];
        return activity;
    }
}
