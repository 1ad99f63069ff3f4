using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Alerts in the archive store: <c>alerts/pending/{supervisor}/{id}.json</c> until acknowledged, then
/// <c>alerts/done/...</c>. Listing the pending ones stays small however many were ever sent. A
/// supervisor's alert is only ever looked up under their own id, so nobody can acknowledge another's.
/// </summary>
public sealed class AlertStore(IStorage archive)
{
    private const string Pending = "alerts/pending/";
    private const string Done = "alerts/done/";
    private const string LastName = "alert_last";

    /// <summary>
    /// One alert per kind and debrief: a repeated confirm (a second tap, a retry after the store was
    /// down) finds the alert already there instead of sending a second one.
    /// </summary>
    public static string IdFor(AlertKind kind, string debriefId)
        => "A" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{kind}|{debriefId}")))[..10];

    public static bool IsPlausibleId(string? id) => id is { Length: 11 } && id[0] == 'A' && id.Skip(1).All(char.IsAsciiHexDigitUpper);

    /// <returns>False when this alert is pending already (it was sent before).</returns>
    public async Task<bool> CreateAsync(SupervisorAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        try
        {
            await archive.WriteAsync(PendingKey(alert.SupervisorId, alert.AlertId), Serialize(alert), WriteCondition.IfNotExists, Metadata(alert), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>The supervisor's pending alert with this id, with its version for a conditional update; null when there is none.</summary>
    public async Task<(SupervisorAlert Alert, string ETag)?> GetPendingAsync(string supervisorId, string alertId, CancellationToken cancellationToken = default)
    {
        if (!IsPlausibleId(alertId))
        {
            return null;
        }
        var item = await archive.ReadAsync(PendingKey(supervisorId, alertId), cancellationToken).ConfigureAwait(false);
        return item is not null && Parse(item) is { } alert ? (alert, item.ETag) : null;
    }

    /// <summary>The supervisor's acknowledged alert, to answer a second tap on Acknowledge.</summary>
    public async Task<SupervisorAlert?> GetDoneAsync(string supervisorId, string alertId, CancellationToken cancellationToken = default)
        => IsPlausibleId(alertId) && await archive.ReadAsync(DoneKey(supervisorId, alertId), cancellationToken).ConfigureAwait(false) is { } item ? Parse(item) : null;

    /// <summary>
    /// Pending alerts with versions: one supervisor's, or everyone's. <paramref name="quietSince"/> keeps
    /// only those not sent or reminded since then, judged from the listing's metadata, so the reminder
    /// run reads only the alerts that are due.
    /// </summary>
    public async Task<IReadOnlyList<(SupervisorAlert Alert, string ETag)>> ListPendingAsync(string? supervisorId = null, DateTimeOffset? quietSince = null,
        CancellationToken cancellationToken = default)
    {
        var keys = new List<string>();
        await foreach (var entry in archive.ListAsync(supervisorId is null ? Pending : Pending + StorageKey.Segment(supervisorId) + "/", cancellationToken).ConfigureAwait(false))
        {
            if (quietSince is { } since && entry.Metadata.TryGetValue(LastName, out var last)
                && long.TryParse(last, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && DateTimeOffset.FromUnixTimeSeconds(seconds) > since)
            {
                continue;
            }
            keys.Add(entry.Key);
        }
        var found = new List<(SupervisorAlert, string)>();
        foreach (var key in keys)
        {
            if (await archive.ReadAsync(key, cancellationToken).ConfigureAwait(false) is { } item && Parse(item) is { } alert)
            {
                found.Add((alert, item.ETag));
            }
        }
        return found;
    }

    /// <summary>Replaces a pending alert only over the version that was read; false when another instance changed it first.</summary>
    public async Task<bool> UpdatePendingAsync(SupervisorAlert alert, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        try
        {
            await archive.WriteAsync(PendingKey(alert.SupervisorId, alert.AlertId), Serialize(alert), WriteCondition.IfMatch(etag), Metadata(alert), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>Moves the alert to done with the time it was acknowledged (done first, so a failure half-way leaves it pending, never lost).</summary>
    public async Task<SupervisorAlert> AcknowledgeAsync(SupervisorAlert alert, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var done = alert with { AcknowledgedAt = at };
        try
        {
            await archive.WriteAsync(DoneKey(alert.SupervisorId, alert.AlertId), Serialize(done), WriteCondition.IfNotExists, Metadata(done), cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            // Acknowledged already (a second tap, another instance): the first acknowledgement stands.
        }
        await archive.DeleteAsync(PendingKey(alert.SupervisorId, alert.AlertId), cancellationToken).ConfigureAwait(false);
        return done;
    }

    private static string PendingKey(string supervisorId, string alertId) => $"{Pending}{StorageKey.Segment(supervisorId)}/{StorageKey.Segment(alertId)}.json";

    private static string DoneKey(string supervisorId, string alertId) => $"{Done}{StorageKey.Segment(supervisorId)}/{StorageKey.Segment(alertId)}.json";

    private static Dictionary<string, string> Metadata(SupervisorAlert alert) => new()
    {
        ["kind"] = "alert",
        [LastName] = (alert.LastReminderAt ?? alert.SentAt).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static byte[] Serialize(SupervisorAlert alert) => JsonSerializer.SerializeToUtf8Bytes(alert, BotJson.Options);

    private static SupervisorAlert? Parse(StorageItem item)
    {
        try
        {
            return JsonSerializer.Deserialize<SupervisorAlert>(item.Content.Span, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
