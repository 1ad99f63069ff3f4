using System.Text;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// The supervisor's chat commands: "my practitioners", "digest", "digest last week" and
/// "show &lt;debrief id or path&gt;". Who may see what is decided by <see cref="AccessPolicy"/> only.
/// </summary>
public sealed class SupervisorCommands(AccessPolicy access, DigestService digests, IStorage archive, DigestOptions options, TimeProvider time)
{
    private readonly DebriefArchiveIndex _index = new(archive);

    public static bool Matches(string? text)
    {
        var command = ActivityText.Normalize(text);
        return command is "my practitioners" or "my supervisees" or "digest" or "digest last week"
            || command.StartsWith("show ", StringComparison.Ordinal);
    }

    /// <returns>False when the message is not one of these commands.</returns>
    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var raw = turn.Activity.TextWithoutMention();
        var command = ActivityText.Normalize(raw);
        var viewer = turn.Activity.From?.AadObjectId;
        switch (command)
        {
            case "my practitioners" or "my supervisees":
                await MyPractitionersAsync(turn, viewer, cancellationToken).ConfigureAwait(false);
                return true;
            case "digest" or "digest last week":
                await DigestAsync(turn, viewer, command == "digest last week", cancellationToken).ConfigureAwait(false);
                return true;
            case var c when c.StartsWith("show ", StringComparison.Ordinal):
                await ShowAsync(turn, viewer, raw.Trim()[5..].Trim(), cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task MyPractitionersAsync(ITurnContext turn, string? viewer, CancellationToken ct)
    {
        var supervisor = await access.SupervisorAsync(viewer, ct).ConfigureAwait(false);
        var text = supervisor is null
            ? DigestCopy.NotOnRoster
            : DigestCopy.MyPractitioners(supervisor.Practitioners.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => (p.Name, p.Id)));
        await turn.SendActivityAsync(text, ct).ConfigureAwait(false);
    }

    private async Task DigestAsync(ITurnContext turn, string? viewer, bool lastWeek, CancellationToken ct)
    {
        if (await access.SupervisorAsync(viewer, ct).ConfigureAwait(false) is not { } supervisor
            || !await access.CanViewDigestAsync(viewer, supervisor.Id, ct).ConfigureAwait(false))
        {
            await turn.SendActivityAsync(DigestCopy.NotOnRoster, ct).ConfigureAwait(false);
            return;
        }
        await turn.SendTypingAsync(ct).ConfigureAwait(false);
        var zone = DigestSchedule.ZoneFor(supervisor, options);
        var now = time.GetUtcNow();
        var period = lastWeek ? DigestSchedule.LastWeek(now, zone, options) : DigestSchedule.Current(now, zone, options);
        var digest = await digests.ComposeAsync(supervisor.Id, period, ct).ConfigureAwait(false);
        if (digest is null)
        {
            await turn.SendActivityAsync(DigestCopy.NotOnRoster, ct).ConfigureAwait(false);
            return;
        }
        // Only a closed period is saved: an open one would freeze a partial digest under its final name.
        var closed = DigestSchedule.ToUtc(period.End.AddDays(1), TimeSpan.Zero, zone) <= now;
        var saved = closed ? await digests.SaveAsync(digest, ct).ConfigureAwait(false) : null;
        await turn.SendActivityAsync(DigestActivity.Create(digest, saved), ct).ConfigureAwait(false);
    }

    private async Task ShowAsync(ITurnContext turn, string? viewer, string reference, CancellationToken ct)
    {
        var key = await access.ResolveDebriefAsync(viewer, reference, _index, ct).ConfigureAwait(false);
        var summary = key is null ? null : await archive.ReadAsync(key[..^".json".Length] + ".md", ct).ConfigureAwait(false);
        // Not found and not allowed read the same, so guessing ids tells nothing.
        var text = summary is null ? DigestCopy.NotFound : Encoding.UTF8.GetString(summary.Content.Span);
        await turn.SendActivityAsync(Activity.CreateMessage(text), ct).ConfigureAwait(false);
    }
}
