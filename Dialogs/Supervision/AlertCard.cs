using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Prompts.Digests;
using static AllianceBot.Dialogs.Cards.AdaptiveCard;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// The alert a supervisor gets at once, with what to do about it on the card: Review and Acknowledge,
/// or for a deletion request Delete it / Keep it. A reminder is the same card under a reminder line.
/// Of a crisis the card says who, when, the client code and that the safety steps were shown; never
/// what was written.
/// </summary>
public static class AlertCard
{
    public static Activity Create(SupervisorAlert alert, DateTimeOffset? remindedAt = null)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var title = Title(alert);
        var body = new List<JsonNode>();
        if (remindedAt is { } now)
        {
            body.Add(Text(DigestCopy.AlertReminder(now - alert.SentAt), subtle: true));
        }
        var heading = Text(title, heading: true);
        heading["color"] = "Attention";
        body.Add(heading);
        if (alert.Kind == AlertKind.Crisis)
        {
            body.Add(Text(DigestCopy.CrisisAlertBody(alert.ClientCode, alert.SentAt, inDebrief: alert.DebriefId is not null)));
        }
        else if (alert.CrisisReported)
        {
            body.Add(Text(DigestCopy.CrisisInDebrief));
        }
        foreach (var finding in alert.Findings)
        {
            body.Add(Text(alert.Kind == AlertKind.DeletionRequest ? finding.Code : DigestCopy.ViolationAlertBody(finding.Code, finding.Evidence)));
        }
        body.Add(Text(alert.Kind switch
        {
            AlertKind.Discarded => DigestCopy.DiscardedAlertAction,
            AlertKind.Expired => DigestCopy.ExpiredAlertAction,
            AlertKind.DeletionRequest => DigestCopy.DeletionRequestAction,
            AlertKind.Crisis => DigestCopy.CrisisAlertAction,
            _ => DigestCopy.ViolationAlertAction,
        }));
        if (alert.DebriefId is { } debriefId)
        {
            body.Add(Text(DigestCopy.AlertReference(debriefId, alert.ClientCode, alert.Date), subtle: true));
        }

        var actions = new List<JsonNode>();
        if (alert.ArchivePath is { } path)
        {
            actions.Add(CommandButton(DigestCopy.ReviewButton, $"review {path}"));
        }
        if (alert.Kind == AlertKind.DeletionRequest && alert.ArchivePath is { } request)
        {
            actions.Add(CommandButton(DigestCopy.ApproveDeleteButton, $"approve delete {request}"));
            actions.Add(CommandButton(DigestCopy.KeepRecordButton, $"keep debrief {request}"));
        }
        else
        {
            actions.Add(CommandButton(DigestCopy.AcknowledgeButton, $"acknowledge {alert.AlertId}"));
        }
        var activity = Message(title, Card(body, actions));
        activity.Summary = title;
        return activity;
    }

    public static string Title(SupervisorAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var concern = DigestCopy.Concern(violation: alert.Findings.Count > 0, crisis: alert.CrisisReported);
        return alert.Kind switch
        {
            AlertKind.Discarded => DigestCopy.DiscardedAlertTitle(alert.PractitionerName, concern),
            AlertKind.Expired => DigestCopy.ExpiredAlertTitle(alert.PractitionerName, concern),
            AlertKind.DeletionRequest => DigestCopy.DeletionRequestTitle(alert.PractitionerName, concern),
            AlertKind.Crisis => DigestCopy.CrisisAlertTitle(alert.PractitionerName),
            _ => DigestCopy.ViolationAlertTitle(alert.PractitionerName),
        };
    }
}
