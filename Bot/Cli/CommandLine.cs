using System.Reflection;

namespace AllianceBot.Bot.Cli;

/// <summary>
/// The arguments that must never start the server: help, version and words that are not a verb.
/// Everything the host understands passes through (the verbs, and configuration such as
/// <c>--urls http://...</c>, <c>Storage:Kind=Blob</c> or <c>--Storage:Kind Blob</c>).
/// </summary>
public static class CommandLine
{
    /// <summary>The verbs Program.cs runs; any other bare word is a mistake, not configuration.</summary>
    public static readonly IReadOnlyList<string> Verbs = ["chat", "ask", "analyze", "analyse", "roster"];

    private static readonly string[] HelpFlags = ["--help", "-h", "-?", "/?", "/h", "help"];
    private static readonly string[] VersionFlags = ["--version", "version"];

    public const string Usage = """
        AllianceBot: a Microsoft Teams bot for debriefs and supervision.

        Usage:
          AllianceBot.Bot [configuration]          start the bot (http://127.0.0.1:3978/api/messages by default)
          AllianceBot.Bot chat                     talk to the same bot in this terminal
          AllianceBot.Bot ask "question" [--json]  answer a question about the standard
          AllianceBot.Bot analyze < notes.txt      findings and prompts for a debrief, as JSON
          AllianceBot.Bot roster import <file>     replace the roster (also: roster check <file>, roster show)
          AllianceBot.Bot --version                print the version
          AllianceBot.Bot --help                   print this help

        Configuration comes from appsettings.json, environment variables (Storage__Kind=Blob) or
        arguments such as --urls http://127.0.0.1:5000 or Storage:Kind=Blob (see README.md).
        """;

    /// <returns>The exit code when the arguments were handled here (0 help or version, 2 unknown verb); null to carry on.</returns>
    public static int? TryHandle(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0)
        {
            return null;
        }
        if (args.Any(a => HelpFlags.Contains(a, StringComparer.OrdinalIgnoreCase)) && !IsVerb(args[0]))
        {
            output.WriteLine(Usage.ReplaceLineEndings());
            return 0;
        }
        if (args.Any(a => VersionFlags.Contains(a, StringComparer.OrdinalIgnoreCase)) && !IsVerb(args[0]))
        {
            output.WriteLine($"AllianceBot {Version}");
            return 0;
        }
        if (IsBareWord(args[0]) && !IsVerb(args[0]))
        {
            error.WriteLine($"Unknown command '{args[0]}'.");
            error.WriteLine(Usage.ReplaceLineEndings());
            return 2;
        }
        return null;
    }

    public static string Version { get; } =
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(CommandLine).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static bool IsVerb(string arg) => Verbs.Contains(arg, StringComparer.OrdinalIgnoreCase);

    // Configuration arguments start with '-' or '/', or carry '=' (key=value); a bare word is a verb or a typo.
    private static bool IsBareWord(string arg) => arg.Length > 0 && arg[0] is not ('-' or '/') && !arg.Contains('=', StringComparison.Ordinal);
}
