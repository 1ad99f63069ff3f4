using System.Text;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// The supervisor's chat commands: "my practitioners", "digest", "digest last week" and
/// "review &lt;debrief id or path&gt;". Who may see what is decided by <see cref="AccessPolicy"/> only.
/// </summary>
public sealed class SupervisorCommands(AccessPolicy access, DigestService digests, IStorage archive, DigestOptions options, TimeProvider time)
{
    private readonly DebriefArchiveIndex _index = new(archive);

    /// <summary>The phrases this class answers; "review &lt;id&gt;" opens a practitioner's debrief (own ones too).</summary>
    public static readonly IReadOnlyList<string> Phrases = ["my practitioners", "my supervisees", "digest", "digest last week", "review"];

    public async Task RunAsync(ITurnContext turn, string phrase, string argument, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var viewer = UserIdentity.Of(turn.Activity);
        switch (phrase)
        {
            case "my practitioners" or "my supervisees":
                await MyPractitionersAsync(turn, viewer, cancellationToken).ConfigureAwait(false);
                break;
            case "digest" or "digest last week":
                await DigestAsync(turn, viewer, phrase == "digest last week", cancellationToken).ConfigureAwait(false);
                break;
            case "review" when argument.Length == 0:
                await turn.SendActivityAsync(DigestCopy.ShowUsage, cancellationToken).ConfigureAwait(false);
                break;
            case "review":
                await ShowAsync(turn, viewer, argument, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(phrase), phrase, "Not a supervisor command.");
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
