using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// For each practitioner and client, which debrief is the latest (latest-debriefs/{practitioner}/{hash
/// of the client code}), so finding the previous debrief of a client costs two reads instead of a
/// listing of every debrief the practitioner ever saved. The pointer is a shortcut, never the truth:
/// when it is missing or names a debrief that is gone, the caller lists and writes it again.
/// </summary>
internal sealed class LatestDebriefPointers(IStorage storage)
{
    /// <summary>
    /// Each conflict means another save of this client landed on the pointer, so N saves at once
    /// conflict at most N-1 times and the loop ends by itself; the bound only guards against a store
    /// that reports conflicts forever. It must sit well above real concurrency: giving up drops the
    /// pointer, and an older save that comes after the drop puts its own back, which then stands as
    /// the latest until the client's next save.
    /// </summary>
    private const int Attempts = 16;

    public sealed record Pointer(string DebriefId, DateOnly Date);

    public async Task<Pointer?> ReadAsync(string practitionerId, string clientCode, CancellationToken cancellationToken)
        => Parse(await storage.ReadAsync(Key(practitionerId, clientCode), cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Points at this debrief unless the pointer names one dated later (a debrief of an older session
    /// saved today is not the latest). On the same date the later save wins, except where
    /// <paramref name="sameDateWins"/> is false: a retried save or a rebuild must not take the place of
    /// a debrief saved since. <paramref name="firstRead"/>, from <see cref="StartReading"/>, lets the
    /// caller send the first read ahead; any re-read after a conflict is made here.
    /// </summary>
    public async Task AdvanceAsync(string practitionerId, string clientCode, Pointer pointer, bool sameDateWins,
        CancellationToken cancellationToken, Task<StorageItem?>? firstRead = null)
    {
        var key = Key(practitionerId, clientCode);
        for (var attempt = 1; ; attempt++)
        {
            var item = attempt == 1 && firstRead is not null
                ? await firstRead.ConfigureAwait(false)
                : await storage.ReadAsync(key, cancellationToken).ConfigureAwait(false);
            if (Parse(item) is { } current && (current.DebriefId == pointer.DebriefId || current.Date > pointer.Date
                || (current.Date == pointer.Date && !sameDateWins)))
            {
                return;
            }
            try
            {
                await storage.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(pointer, BotJson.Options),
                    WriteCondition.ForVersion(item?.ETag), metadata: null, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageConflictException) when (attempt == Attempts)
            {
                await storage.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageConflictException)
            {
                // Another save of this client moved it: read again and compare with that one.
            }
        }
    }

    /// <summary>The stored pointer as it is now, for <see cref="AdvanceAsync"/>'s first comparison.</summary>
    public Task<StorageItem?> StartReading(string practitionerId, string clientCode, CancellationToken cancellationToken)
        => storage.ReadAsync(Key(practitionerId, clientCode), cancellationToken);

    /// <summary>Drops the pointer if it names this debrief (deleted, or found gone).</summary>
    public async Task ForgetAsync(string practitionerId, string clientCode, string debriefId, CancellationToken cancellationToken)
    {
        var key = Key(practitionerId, clientCode);
        if (Parse(await storage.ReadAsync(key, cancellationToken).ConfigureAwait(false)) is { } current && current.DebriefId == debriefId)
        {
            await storage.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Hashed so the code is not spelled out in blob names, which reach request and access logs that
    /// content and metadata do not. It is no secret (the record itself holds it, and a short code is
    /// easy to guess from its hash), so a plain hash is enough. Upper-cased first because client codes
    /// compare without case.
    /// </summary>
    private static string Key(string practitionerId, string clientCode)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(clientCode.Trim().ToUpperInvariant()));
        return DebriefPaths.Latest(practitionerId) + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static Pointer? Parse(StorageItem? item)
    {
        if (item is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<Pointer>(item.Content.Span, BotJson.Options) is { DebriefId: { } id } p && DebriefIds.IsValid(id) ? p : null;
        }
        catch (JsonException)
        {
            // Unreadable: treated as missing, so the next save or rebuild writes over it.
            return null;
        }
    }
}
