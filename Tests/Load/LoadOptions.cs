namespace AllianceBot.Load;

/// <summary>
/// Command line: --conversations 200 --storage local|azurite|both --duration 60 --warmup 10
/// --think-ms 1000 --phases capacity,paced --target bot|baseline|both --script auto|debrief|echo --azurite disk|memory
/// --bot-env Name=Value (repeatable, for experiments such as Logging__LogLevel__Default=Warning).
/// </summary>
public sealed record LoadOptions(int Conversations, string Storage, int DurationSeconds, int WarmupSeconds, string Target, string Script)
{
    public int ThinkMs { get; init; } = 1000;

    /// <summary>Azurite's own persistence: disk (its default, a database file rewritten every 5 s) or memory.</summary>
    public string AzuritePersistence { get; init; } = "disk";

    public IReadOnlyList<string> Phases { get; init; } = ["capacity", "paced"];

    public IReadOnlyDictionary<string, string> BotEnvironment { get; init; } = new Dictionary<string, string>();

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions(200, "both", 60, 15, "both", "auto");
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--conversations" => options with { Conversations = Positive(args[i], value) },
                "--storage" => options with { Storage = OneOf(args[i], value, "local", "azurite", "both") },
                "--duration" => options with { DurationSeconds = Positive(args[i], value) },
                "--warmup" => options with { WarmupSeconds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--target" => options with { Target = OneOf(args[i], value, "bot", "baseline", "both") },
                "--script" => options with { Script = OneOf(args[i], value, "auto", "debrief", "echo") },
                "--think-ms" => options with { ThinkMs = Positive(args[i], value) },
                "--azurite" => options with { AzuritePersistence = OneOf(args[i], value, "disk", "memory") },
                "--phases" => options with { Phases = value.Split(',').Select(p => OneOf(args[i], p, "capacity", "paced")).Distinct().ToArray() },
                "--bot-env" when value.Split('=', 2) is [{ Length: > 0 } name, var setting] => options with
                {
                    BotEnvironment = new Dictionary<string, string>(options.BotEnvironment) { [name] = setting },
                },
                _ => throw new ArgumentException($"Unknown or malformed option {args[i]} {value}. Options: --conversations N --storage local|azurite|both --duration S --warmup S --think-ms MS --phases capacity,paced --target bot|baseline|both --script auto|debrief|echo --azurite disk|memory --bot-env Name=Value"),
            };
        }
        if (args.Count % 2 != 0)
        {
            throw new ArgumentException($"Option {args[^1]} has no value.");
        }
        return options;
    }

    public IEnumerable<string> Backends => Storage == "both" ? ["local", "azurite"] : [Storage];

    private static int Positive(string name, string value)
        => int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} needs a positive number, got '{value}'.");

    private static string OneOf(string name, string value, params string[] allowed)
        => allowed.Contains(value) ? value : throw new ArgumentException($"{name} must be one of {string.Join(", ", allowed)}, got '{value}'.");
}
