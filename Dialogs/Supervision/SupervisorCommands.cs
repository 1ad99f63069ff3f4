using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// The supervisor's chat commands (and the buttons on digests and alerts, which send the same words):
/// "my practitioners", "digest [name]", "digest last week [name]", "review &lt;id or path&gt;",
/// "acknowledge &lt;alert&gt;", "approve delete &lt;path&gt;" and "keep debrief &lt;path&gt;". Who may see
/// what is decided by <see cref="AccessPolicy"/> only.
/// </summary>
public sealed class SupervisorCommands(AccessPolicy access, DigestService digests, DebriefReviewer reviewer, AlertAcknowledger acknowledger,
    DeletionDecisions deletions, DigestOptions options, TimeProvider time, DigestLinks? links = null)
{
    /// <summary>The phrases this class answers; "review &lt;id&gt;" opens a practitioner's debrief (own ones too).</summary>
    public static readonly IReadOnlyList<string> Phrases =
        ["my practitioners", "my supervisees", "digest", "digest last week", "review", "acknowledge", "approve delete", "keep debrief"];

    public async Task RunAsync(ITurnContext turn, string phrase, string argument, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var viewer = UserIdentity.Of(turn.Activity);
        switch (phrase)
        {
            case "my practitioners" or "my supervisees":
                await turn.SendActivityAsync(await MyPractitionersAsync(viewer, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            case "digest" or "digest last week":
                await DigestAsync(turn, viewer, phrase == "digest last week", argument, cancellationToken).ConfigureAwait(false);
                break;
            case "review" when argument.Length == 0:
                await turn.SendActivityAsync(DigestCopy.ShowUsage, cancellationToken).ConfigureAwait(false);
                break;
            case "review":
                await turn.SendActivityAsync(await reviewer.ReviewAsync(viewer, argument, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            case "acknowledge":
                await turn.SendActivityAsync(argument.Length == 0 ? DigestCopy.AcknowledgeUsage
                    : await acknowledger.AcknowledgeAsync(viewer, argument, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            case "approve delete" or "keep debrief":
                await turn.SendActivityAsync(await deletions.DecideAsync(turn.Activity.From, argument, delete: phrase == "approve delete", cancellationToken)
                    .ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(phrase), phrase, "Not a supervisor command.");
        }
    }

    /// <summary>Each practitioner: needs attention, watch or fine and why, the last debrief's date and this week's count.</summary>
    private async Task<string> MyPractitionersAsync(string? viewer, CancellationToken ct)
    {
        if (await access.SupervisorAsync(viewer, ct).ConfigureAwait(false) is not { } supervisor)
        {
            return DigestCopy.NotOnRoster;
        }
        if (supervisor.Practitioners.Count == 0)
        {
            return DigestCopy.NoPractitioners;
        }
        var week = DigestSchedule.Current(time.GetUtcNow(), DigestSchedule.ZoneFor(supervisor, options), options with { Period = DigestPeriodKind.Week });
        var digest = await digests.ComposeAsync(supervisor.Id, week, ct).ConfigureAwait(false);
        return digest is null ? DigestCopy.NotOnRoster : DigestCopy.MyPractitioners(digest);
    }

    private async Task DigestAsync(ITurnContext turn, string? viewer, bool lastWeek, string filter, CancellationToken ct)
    {
        if (await access.SupervisorAsync(viewer, ct).ConfigureAwait(false) is not { } supervisor
            || !await access.CanViewDigestAsync(viewer, supervisor.Id, ct).ConfigureAwait(false))
        {
            await turn.SendActivityAsync(DigestCopy.NotOnRoster, ct).ConfigureAwait(false);
            return;
        }
        IReadOnlyCollection<string>? only = null;
        if (filter.Length > 0)
        {
            var matches = PractitionerNames.Match(supervisor.Practitioners, filter);
            if (matches.Count == 0)
            {
                await turn.SendActivityAsync(DigestCopy.NoSuchPractitioner(filter, supervisor.Practitioners.Select(p => p.Name)), ct).ConfigureAwait(false);
                return;
            }
            only = matches.Select(p => p.Id).ToList();
        }
        await turn.SendTypingAsync(ct).ConfigureAwait(false);
        var zone = DigestSchedule.ZoneFor(supervisor, options);
        var now = time.GetUtcNow();
        var period = lastWeek ? DigestSchedule.LastWeek(now, zone, options) : DigestSchedule.Current(now, zone, options);
        var digest = await digests.ComposeAsync(supervisor.Id, period, ct, only).ConfigureAwait(false);
        if (digest is null)
        {
            await turn.SendActivityAsync(DigestCopy.NotOnRoster, ct).ConfigureAwait(false);
            return;
        }
        // Only a whole, closed period is saved: an open one would freeze a partial digest under its final name.
        var closed = DigestSchedule.ToUtc(period.End.AddDays(1), TimeSpan.Zero, zone) <= now;
        if (closed && only is null)
        {
            await digests.SaveAsync(digest, ct).ConfigureAwait(false);
        }
        await turn.SendActivityAsync(DigestActivity.Create(digest, links?.Create(supervisor.Id, period)), ct).ConfigureAwait(false);
    }
}
