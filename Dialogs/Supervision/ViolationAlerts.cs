using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Tells the practitioner's supervisor at once when a confirmed debrief holds a boundary violation,
/// rather than waiting for the digest. Nobody is told when the practitioner has no supervisor on the roster.
/// </summary>
public sealed class ViolationAlerts(RosterStore rosters, IProactiveMessenger messenger)
{
    /// <returns>True when a supervisor was notified; false when there is none or they cannot be reached.</returns>
    public async Task<bool> NotifyAsync(DigestDebrief debrief, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        var violations = debrief.Findings.Where(f => f.Severity == Severity.Violation).ToList();
        if (violations.Count == 0)
        {
            return false;
        }
        var roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        if (roster.SupervisorOf(debrief.PractitionerId) is not { } supervisor)
        {
            return false;
        }
        var name = roster.FindPractitioner(debrief.PractitionerId)?.Name ?? debrief.PractitionerId;
        return await messenger.SendToUserAsync(supervisor.Id, [Create(name, debrief, violations)], cancellationToken).ConfigureAwait(false);
    }

    private static Activity Create(string name, DigestDebrief debrief, List<DigestFinding> violations)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = DigestCopy.ViolationAlertTitle(name), ["wrap"] = true, ["weight"] = "Bolder", ["color"] = "Attention", ["size"] = "Medium" },
        };
        foreach (var v in violations)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = DigestCopy.ViolationAlertBody(v.Code, v.Evidence), ["wrap"] = true });
        }
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = DigestCopy.ViolationAlertAction, ["wrap"] = true });
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = DigestCopy.Reference(debrief.DebriefId, debrief.Date, debrief.ArchivePath), ["wrap"] = true, ["isSubtle"] = true, ["size"] = "Small" });
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json", ["version"] = "1.5", ["body"] = body };
        var activity = Activity.CreateMessage(DigestCopy.ViolationAlertTitle(name));
        activity.Attachments = [Attachment.AdaptiveCard(JsonSerializer.SerializeToElement(card))];
        return activity;
    }
}
