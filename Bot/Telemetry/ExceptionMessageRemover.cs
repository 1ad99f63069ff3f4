using OpenTelemetry;
using OpenTelemetry.Logs;

namespace AllianceBot.Bot.Telemetry;

/// <summary>
/// Runs before the exporters: a log record's exception goes out as its type and stack trace only.
/// The bot's own log messages never hold text, but an exception's message can (a parser quoting its
/// input, a library echoing a request), and exporters send the message with the exception.
/// </summary>
internal sealed class ExceptionMessageRemover : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        if (data?.Exception is not { } exception)
        {
            return;
        }
        var attributes = data.Attributes?.ToList() ?? [];
        attributes.Add(new("exception.type", exception.GetType().FullName));
        attributes.Add(new("exception.stacktrace", exception.StackTrace));
        data.Attributes = attributes;
        data.Exception = null;
    }
}
