using System.Diagnostics;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Dialogs.Telemetry;
using Activity = AllianceBot.Dialogs.Schema.Activity;

namespace AllianceBot.Bot.Hosting;

/// <summary>
/// Around each inbound turn: its span (parent of the turn's storage, model and connector spans), the
/// turn metrics, and the turn's one log line at Information: turn id, kind, outcome and latency. Never
/// text; the turn id is the channel's activity id, which names a message, not a person.
/// </summary>
public sealed class TurnObserver(ILogger<TurnObserver> logger)
{
    public async Task<TurnResult> RunAsync(Activity activity, Func<CancellationToken, Task<TurnResult>> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(turn);
        var kind = TurnKind.Of(activity);
        using var span = BotTracing.Source.StartActivity("turn " + kind);
        span?.SetTag("alliancebot.turn.kind", kind);
        var started = Stopwatch.GetTimestamp();
        var outcome = "Failed";
        try
        {
            var result = await turn(cancellationToken).ConfigureAwait(false);
            outcome = result.Outcome.ToString();
            return result;
        }
        catch (Exception ex)
        {
            span.Failed(ex);
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            span?.SetTag("alliancebot.turn.outcome", outcome);
            BotMetrics.TurnCompleted(kind, outcome, elapsed);
            logger.TurnCompleted(TurnId(activity.Id), kind, outcome, Math.Round(elapsed, 1));
        }
    }

    /// <summary>The activity id, short and on one line (the caller chose it).</summary>
    private static string TurnId(string? id)
        => string.IsNullOrEmpty(id) ? "-" : new string([.. id.Take(40).Select(c => char.IsControl(c) || char.IsWhiteSpace(c) ? '_' : c)]);
}
