using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AllianceBot.Dialogs.Telemetry;

/// <summary>
/// The bot's metrics, on one <see cref="Meter"/> the host exports by <see cref="Name"/>. Every tag
/// takes a value from a small fixed set (a kind, an outcome, a code family), so no text, client code
/// or identifier can reach a metric, and the series stay few.
/// </summary>
public static class BotMetrics
{
    public const string Name = "AllianceBot";

    private static readonly Meter s_meter = new(Name, typeof(BotMetrics).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> s_turns = s_meter.CreateCounter<long>(
        "alliancebot.turns", "{turn}", "Inbound turns run, by kind (text, card, invoke, conversationUpdate, ...) and outcome.");

    private static readonly Histogram<double> s_turnDuration = s_meter.CreateHistogram<double>(
        "alliancebot.turn.duration", "ms", "From the turn's start to its replies sent and state saved.");

    private static readonly Counter<long> s_findings = s_meter.CreateCounter<long>(
        "alliancebot.debrief.findings", "{finding}", "Findings in newly confirmed debriefs, by code family (P, K, AC, BS, BV, ...).");

    private static readonly Counter<long> s_crisisScreens = s_meter.CreateCounter<long>(
        "alliancebot.crisis.screens", "{screen}", "Free-text inputs screened for imminent risk, by where and whether risk was found.");

    private static readonly Counter<long> s_modelFallbacks = s_meter.CreateCounter<long>(
        "alliancebot.model.fallbacks", "{fallback}", "Times the offline result stood because the model call did not give a usable answer, by operation and reason.");

    private static readonly Counter<long> s_modelTokens = s_meter.CreateCounter<long>(
        "alliancebot.model.tokens", "{token}", "Tokens billed by the model service, by operation and direction (input, output).");

    private static readonly Counter<long> s_storageErrors = s_meter.CreateCounter<long>(
        "alliancebot.storage.errors", "{error}", "Storage calls that failed (unreachable or unexpected; not write conflicts), by store and operation.");

    public static void TurnCompleted(string kind, string outcome, double milliseconds)
    {
        var tags = new TagList { { "alliancebot.turn.kind", kind }, { "alliancebot.turn.outcome", outcome } };
        s_turns.Add(1, tags);
        s_turnDuration.Record(milliseconds, tags);
    }

    /// <summary>Counts each finding of a newly confirmed debrief under its code's family.</summary>
    public static void FindingsConfirmed(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var code in codes)
        {
            s_findings.Add(1, new KeyValuePair<string, object?>("alliancebot.finding.family", CodeFamily(code)));
        }
    }

    /// <summary>
    /// For the crisis screen (built in Dialogs/Prompts by its own issue): call once for every free-text
    /// input it screens, where the screen runs, with <paramref name="riskFound"/> true when the safety
    /// guidance was shown. <paramref name="where"/> is a fixed word for the state the input arrived in
    /// ("debrief", "question", "command", ...), never the input.
    /// </summary>
    public static void CrisisScreened(string where, bool riskFound) =>
        s_crisisScreens.Add(1, new TagList { { "alliancebot.crisis.where", where }, { "alliancebot.crisis.risk", riskFound } });

    public static void ModelFellBack(string operation, string reason) =>
        s_modelFallbacks.Add(1, new TagList { { "alliancebot.model.operation", operation }, { "alliancebot.model.reason", reason } });

    public static void ModelTokens(string operation, int input, int output)
    {
        s_modelTokens.Add(input, new TagList { { "alliancebot.model.operation", operation }, { "alliancebot.model.direction", "input" } });
        s_modelTokens.Add(output, new TagList { { "alliancebot.model.operation", operation }, { "alliancebot.model.direction", "output" } });
    }

    public static void StorageFailed(string store, string operation, string error) =>
        s_storageErrors.Add(1, new TagList { { "alliancebot.storage.store", store }, { "alliancebot.storage.operation", operation }, { "error.type", error } });

    /// <summary>"P" for P8, "BS" for BS-CONTACT; anything else is "other", so a tag can never carry free text.</summary>
    public static string CodeFamily(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "other";
        }
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        var family = dash > 0 ? code[..dash] : new string([.. code.TakeWhile(char.IsAsciiLetterUpper)]);
        return family.Length is >= 1 and <= 4 && family.All(char.IsAsciiLetterUpper) ? family : "other";
    }
}
