using AllianceBot.Prompts.Cli;

namespace AllianceBot.Bot.Cli;

/// <summary>
/// Command-line entry for the supervision engine (<c>analyze</c>, <c>ask</c>). A thin forwarder: the
/// logic lives in <see cref="EngineCli"/> in Prompts so it is tested there. Returns null for any
/// other arguments so the host carries on starting the web app.
/// </summary>
public static class EngineCommands
{
    public static Task<int?> TryRunAsync(string[] args, TextReader stdin, TextWriter stdout, CancellationToken ct) =>
        EngineCli.TryRunAsync(args, stdin, stdout, ct);
}
