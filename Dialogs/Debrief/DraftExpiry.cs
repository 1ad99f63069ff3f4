using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Deletes unfinished debriefs untouched for longer than their lifetime from every conversation's
/// state, so answers a practitioner walked away from do not rest in storage. A turn deletes its own
/// expired draft when it reads it (<see cref="DraftStore"/>); this sweep covers the drafts whose owner
/// never comes back. A conversation written meanwhile is left for the next sweep (its ETag changed).
/// A draft that must reach the supervisor goes only once <see cref="ExpiredDraftReporter"/> has saved its
/// tombstone; while the archive is down it stays for the next sweep, and the others go as usual.
/// </summary>
public static class DraftExpiry
{
    private const string ConversationsSegment = "/conversations/";

    public static bool IsExpired(DebriefDraft draft, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return now - (draft.UpdatedAt > draft.StartedAt ? draft.UpdatedAt : draft.StartedAt) > lifetime;
    }

    /// <returns>How many drafts were deleted.</returns>
    public static async Task<int> SweepAsync(IStorage state, ExpiredDraftReporter reporter, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(reporter);
        var deleted = 0;
        var keys = new List<string>();
        await foreach (var entry in state.ListAsync(string.Empty, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Key.Contains(ConversationsSegment, StringComparison.Ordinal))
            {
                keys.Add(entry.Key);
            }
        }
        foreach (var key in keys)
        {
            try
            {
                deleted += await SweepOneAsync(state, reporter, key, now, lifetime, cancellationToken).ConfigureAwait(false);
            }
            catch (StorageConflictException)
            {
                // Someone's turn saved it meanwhile; that turn deletes its own expired draft, the next sweep the rest.
            }
        }
        return deleted;
    }

    private static async Task<int> SweepOneAsync(IStorage state, ExpiredDraftReporter reporter, string key, DateTimeOffset now, TimeSpan lifetime,
        CancellationToken cancellationToken)
    {
        var item = await state.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return 0;
        }
        JsonObject document;
        try
        {
            document = JsonNode.Parse(item.Content.Span) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return 0;
        }
        var expired = new List<string>();
        foreach (var (name, value) in document)
        {
            if (!name.StartsWith(DraftStore.PropertyPrefix.TrimEnd(':'), StringComparison.Ordinal))
            {
                continue;
            }
            var draft = value?["draft"] ?? value?["Draft"];
            var parsed = draft is null ? null : draft.Deserialize<DebriefDraft>(BotJson.Options);
            if (parsed is null || (IsExpired(parsed, now, lifetime) && await ReportedAsync(reporter, name, parsed, cancellationToken).ConfigureAwait(false)))
            {
                expired.Add(name);
            }
        }
        if (expired.Count == 0)
        {
            return 0;
        }
        expired.ForEach(name => document.Remove(name));
        // A debrief left open on the dialog stack would find its draft gone; the stack starts over.
        if (!document.Any(p => p.Key.StartsWith(DraftStore.PropertyPrefix, StringComparison.Ordinal)))
        {
            document.Remove(Bots.DialogBot.DialogStateProperty);
        }
        await state.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(document, BotJson.Options), WriteCondition.ForVersion(item.ETag), null, cancellationToken)
            .ConfigureAwait(false);
        return expired.Count;
    }

    /// <returns>False when the draft must stay: its tombstone could not be saved.</returns>
    private static async Task<bool> ReportedAsync(ExpiredDraftReporter reporter, string property, DebriefDraft draft, CancellationToken cancellationToken)
    {
        // The one-per-conversation property of the first drafts names nobody, and such drafts predate the
        // recorded owner: there is no practitioner to keep a tombstone under, so they go as they always did.
        if (!draft.MustReachSupervisor || ExpiredDraftReporter.OwnerOf(property, draft) is not { } owner)
        {
            return true;
        }
        try
        {
            await reporter.ReportAsync(draft, owner, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageUnavailableException)
        {
            return false;
        }
    }
}
