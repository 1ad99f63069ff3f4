using Microsoft.Extensions.Logging;

namespace AllianceBot.Bot;

/// <summary>All of Bot/'s log messages. Never message text, tokens or secrets: ids, types and reasons only.</summary>
internal static partial class Log
{
    // ── Hosting ──
    [LoggerMessage(1000, LogLevel.Warning, "No MicrosoftAppId configured: inbound requests are NOT authenticated and are accepted from loopback addresses only (local use with the Agents Playground, the Emulator or the terminal chat).")]
    public static partial void AnonymousMode(this ILogger logger);

    [LoggerMessage(1001, LogLevel.Information, "Bot Framework authentication is on ({AppType}).")]
    public static partial void AuthenticatedMode(this ILogger logger, string appType);

    [LoggerMessage(1002, LogLevel.Information, "Bot endpoint: {Endpoint}. Chat in the terminal: dotnet run --project Bot -- chat. Or in the Agents Playground: npx @microsoft/m365agentsplayground -e {Endpoint} -c msteams")]
    public static partial void HowToChat(this ILogger logger, string endpoint);

    [LoggerMessage(1003, LogLevel.Warning, "Storage is not ready ({ExceptionType}).")]
    public static partial void StorageNotReady(this ILogger logger, string exceptionType);

    [LoggerMessage(1004, LogLevel.Error, "A background turn failed ({ExceptionType}) at {StackTrace}")]
    public static partial void BackgroundTurnFailed(this ILogger logger, string exceptionType, string? stackTrace);

    [LoggerMessage(1005, LogLevel.Warning, "Shutdown did not wait for {Count} running turns.")]
    public static partial void TurnsAbandonedAtShutdown(this ILogger logger, int count);

    [LoggerMessage(1006, LogLevel.Information, "Settings ({Environment}) read from {Files}; not present: {MissingFiles}; then environment variables and the command line. Working directory (relative data paths): {WorkingDirectory}")]
    public static partial void SettingsRead(this ILogger logger, string environment, string files, string missingFiles, string workingDirectory);

    [LoggerMessage(1007, LogLevel.Information, "Telemetry exporters: {Exporters}.")]
    public static partial void TelemetryExporters(this ILogger logger, string exporters);

    // The loader's message is left out: it may quote a data file. /readyz reports the same, not ready.
    [LoggerMessage(1008, LogLevel.Error, "The reasoning engine did not load at start ({ExceptionType}); /readyz answers 503 until it does.")]
    public static partial void ReasoningNotLoaded(this ILogger logger, string exceptionType);

    // ── Endpoint and auth ──
    [LoggerMessage(1100, LogLevel.Information, "Request rejected with {Status}: {Reason}.")]
    public static partial void RequestRejected(this ILogger logger, int status, string reason);

    [LoggerMessage(1101, LogLevel.Warning, "Unauthorized activity from channel {ChannelId}: {Reason}.")]
    public static partial void Unauthorized(this ILogger logger, string reason, string channelId);

    [LoggerMessage(1102, LogLevel.Debug, "Ignored an activity of unknown type {ActivityType}.")]
    public static partial void UnknownActivityType(this ILogger logger, string activityType);

    // ── Adapter (the turn runner's messages, 1200-1205 and 1208, are in Dialogs/Turns/TurnLog.cs) ──
    [LoggerMessage(1206, LogLevel.Warning, "A conversation reference could not be stored ({ExceptionType}).")]
    public static partial void ReferenceNotStored(this ILogger logger, string exceptionType);

    [LoggerMessage(1207, LogLevel.Warning, "Proactive message not sent: {Reason}.")]
    public static partial void ProactiveUnreachable(this ILogger logger, string reason);

    // The one line a turn writes at Information (TurnObserver).
    [LoggerMessage(1209, LogLevel.Information, "Turn {TurnId} {TurnKind}: {Outcome} in {LatencyMs} ms.")]
    public static partial void TurnCompleted(this ILogger logger, string turnId, string turnKind, string outcome, double latencyMs);

    // ── Connector ──
    [LoggerMessage(1300, LogLevel.Warning, "Connector {Method} answered {Status} (attempt {Attempt}); retrying.")]
    public static partial void ConnectorRetrying(this ILogger logger, string method, int status, int attempt);

    [LoggerMessage(1301, LogLevel.Warning, "Connector {Method} failed with {ExceptionType} (attempt {Attempt}); retrying.")]
    public static partial void ConnectorTransportRetrying(this ILogger logger, string method, string exceptionType, int attempt);

    // ── Privacy ──
    [LoggerMessage(1400, LogLevel.Information, "Deleted {Count} unfinished debriefs past their lifetime.")]
    public static partial void ExpiredDraftsDeleted(this ILogger logger, int count);

    [LoggerMessage(1401, LogLevel.Warning, "The sweep for expired debrief drafts failed ({ExceptionType}); it runs again within the hour.")]
    public static partial void DraftSweepFailed(this ILogger logger, string exceptionType);

    [LoggerMessage(1402, LogLevel.Warning, "A stored conversation reference was not used: {Reason}.")]
    public static partial void ReferenceNotTrusted(this ILogger logger, string reason);
}
