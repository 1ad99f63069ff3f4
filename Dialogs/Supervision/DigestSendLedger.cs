using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Makes "one digest per supervisor and period" hold across instances and restarts. Before sending,
/// an instance claims <c>digests/{supervisor}/{period}.sent</c>: created IfNotExists as pending with a
/// lease, or taken over (IfMatch) when the lease has run out or the claim is its own. After sending it
/// marks the claim sent; after a failure it releases the lease so the next tick retries.
/// </summary>
public sealed class DigestSendLedger(IStorage archive, TimeProvider time, TimeSpan lease, string owner)
{
    public string Owner { get; } = owner;

    public static string Key(string supervisorId, DigestPeriod period)
        => $"digests/{StorageKey.Segment(supervisorId)}/{period.Key}.sent";

    /// <summary>The claim, or null when the digest was sent already or another instance holds a live lease.</summary>
    public async Task<DigestClaim?> TryClaimAsync(string supervisorId, DigestPeriod period, CancellationToken cancellationToken = default)
    {
        var key = Key(supervisorId, period);
        var now = time.GetUtcNow();
        var current = await archive.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        var marker = current is null ? null : Parse(current.Content.Span);
        if (marker?.Status == DigestSendStatus.Sent)
        {
            return null;
        }
        if (current is not null && marker is not null && marker.Owner != Owner && marker.LeaseUntil > now)
        {
            return null;
        }
        var next = new DigestSendMarker(DigestSendStatus.Pending, Owner, now + lease, (marker?.Attempts ?? 0) + 1, null, marker?.LastError);
        try
        {
            var etag = await archive.WriteAsync(key, Serialize(next), WriteCondition.ForVersion(current?.ETag), Metadata, cancellationToken).ConfigureAwait(false);
            return new DigestClaim(key, etag, next);
        }
        catch (StorageConflictException)
        {
            return null;
        }
    }

    /// <summary>Marks the digest sent. False when another instance took the claim over meanwhile (the lease was too short).</summary>
    public Task<bool> MarkSentAsync(DigestClaim claim, CancellationToken cancellationToken = default)
        => UpdateAsync(claim, claim.Marker with { Status = DigestSendStatus.Sent, SentAt = time.GetUtcNow() }, cancellationToken);

    /// <summary>Gives the claim up after a failed send, so any instance retries at its next tick.</summary>
    public Task<bool> ReleaseAsync(DigestClaim claim, string error, CancellationToken cancellationToken = default)
        => UpdateAsync(claim, claim.Marker with { LeaseUntil = time.GetUtcNow(), LastError = error }, cancellationToken);

    public async Task<DigestSendMarker?> ReadAsync(string supervisorId, DigestPeriod period, CancellationToken cancellationToken = default)
        => await archive.ReadAsync(Key(supervisorId, period), cancellationToken).ConfigureAwait(false) is { } item ? Parse(item.Content.Span) : null;

    private async Task<bool> UpdateAsync(DigestClaim claim, DigestSendMarker marker, CancellationToken cancellationToken)
    {
        try
        {
            await archive.WriteAsync(claim.Key, Serialize(marker), WriteCondition.IfMatch(claim.ETag), Metadata, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    private static readonly Dictionary<string, string> Metadata = new() { ["kind"] = "digest-sent" };

    private static byte[] Serialize(DigestSendMarker marker) => JsonSerializer.SerializeToUtf8Bytes(marker, BotJson.Options);

    // An unreadable marker is treated as an expired pending claim: retried, never silently dropped.
    private static DigestSendMarker Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<DigestSendMarker>(json, BotJson.Options)
                ?? new DigestSendMarker(DigestSendStatus.Pending, string.Empty, DateTimeOffset.MinValue, 0, null, "unreadable marker");
        }
        catch (JsonException)
        {
            return new DigestSendMarker(DigestSendStatus.Pending, string.Empty, DateTimeOffset.MinValue, 0, null, "unreadable marker");
        }
    }
}

public enum DigestSendStatus
{
    Pending,
    Sent,
}

public sealed record DigestSendMarker(DigestSendStatus Status, string Owner, DateTimeOffset LeaseUntil, int Attempts,
    DateTimeOffset? SentAt, string? LastError);

public sealed record DigestClaim(string Key, string ETag, DigestSendMarker Marker);
