using System.Diagnostics;

namespace AllianceBot.Dialogs.Telemetry;

/// <summary>
/// The bot's spans: a turn, its storage calls, model calls and connector sends. No ASP.NET needed;
/// the host subscribes by <see cref="Name"/>. Attributes are kinds, outcomes, figures and status
/// codes only: never message text, a client code or an identifier.
/// </summary>
public static class BotTracing
{
    public const string Name = "AllianceBot";

    public static ActivitySource Source { get; } = new(Name, typeof(BotTracing).Assembly.GetName().Version?.ToString());

    /// <summary>Marks a span failed with the exception's type only (its message can quote what the user typed).</summary>
    public static void Failed(this Activity? span, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        span?.SetTag("error.type", exception.GetType().FullName);
    }
}
