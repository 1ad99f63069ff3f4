using System.Text.Json;
using System.Text.Json.Serialization;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Questions;

namespace AllianceBot.Prompts.Cli;

/// <summary>
/// The engine's command-line verbs, kept here so the Bot host only forwards to them:
/// <c>analyze</c> reads a debrief on stdin (plain narrative, or a JSON <see cref="DebriefInput"/>)
/// and writes findings and prompts as JSON; <c>ask "question" [--previous "q"] [--json]</c> answers
/// a question. Returns null for arguments it does not own so the host can carry on.
/// </summary>
public static class EngineCli
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly Lazy<SupervisionEngine> SharedEngine = new(SupervisionEngine.CreateDefault);

    public static async Task<int?> TryRunAsync(string[] args, TextReader stdin, TextWriter stdout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0) return null;
        return args[0].ToLowerInvariant() switch
        {
            "analyze" or "analyse" => await AnalyzeAsync(args, stdin, stdout, ct),
            "ask" => await AskAsync(args, stdout, ct),
            _ => null,
        };
    }

    private static async Task<int> AnalyzeAsync(string[] args, TextReader stdin, TextWriter stdout, CancellationToken ct)
    {
        var raw = await stdin.ReadToEndAsync(ct);
        DebriefInput input;
        try
        {
            input = raw.TrimStart().StartsWith('{')
                ? JsonSerializer.Deserialize<DebriefInput>(raw, Json) ?? new DebriefInput()
                : new DebriefInput { Narrative = raw };
        }
        catch (JsonException ex)
        {
            await stdout.WriteLineAsync($"error: the debrief JSON on stdin is not valid ({ex.Message})");
            return 2;
        }
        input = ApplyOptions(input, args);
        var engine = SharedEngine.Value;
        var analysis = engine.Analyze(input);
        var output = new
        {
            engineVersion = SupervisionEngine.Version,
            crisis = analysis.HasCrisis,
            analysis.HasViolation,
            analysis.Findings,
            analysis.Prompts,
            analysis.WentWell,
            analysis.ReflectionQuestions,
        };
        await stdout.WriteLineAsync(JsonSerializer.Serialize(output, Json));
        return 0;
    }

    private static async Task<int> AskAsync(string[] args, TextWriter stdout, CancellationToken ct)
    {
        var json = args.Contains("--json", StringComparer.OrdinalIgnoreCase);
        var previous = OptionValue(args, "--previous");
        var question = string.Join(' ', args.Skip(1).Where((a, i) => !IsOption(args, i + 1)));
        if (string.IsNullOrWhiteSpace(question))
        {
            await stdout.WriteLineAsync("usage: ask \"your question\" [--previous \"earlier question\"] [--json]");
            return 2;
        }
        ct.ThrowIfCancellationRequested();
        var answer = SharedEngine.Value.Answer(question, previous);
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new { answer.Kind, answer.Text, answer.CitedCodes, answer.Passages }, Json));
        }
        else
        {
            await stdout.WriteLineAsync(answer.Text);
            if (answer.Kind == AnswerKind.Answered)
                await stdout.WriteLineAsync($"\nCited: {string.Join(", ", answer.CitedCodes)}");
        }
        return 0;
    }

    private static DebriefInput ApplyOptions(DebriefInput input, string[] args)
    {
        if (OptionValue(args, "--kind") is { } kind && Enum.TryParse<SessionKind>(kind, ignoreCase: true, out var k))
            input = input with { Kind = k };
        int? Rating(string name) => int.TryParse(OptionValue(args, name), out var v) ? v : null;
        var (goals, tasks, bond) = (Rating("--goals"), Rating("--tasks"), Rating("--bond"));
        if (goals is not null || tasks is not null || bond is not null)
            input = input with { Ratings = new AllianceRatings(goals ?? input.Ratings?.Goals, tasks ?? input.Ratings?.Tasks, bond ?? input.Ratings?.Bond) };
        return input;
    }

    // Options that take a value consume the next argument too.
    private static readonly string[] ValueOptions = ["--previous", "--kind", "--goals", "--tasks", "--bond"];

    private static bool IsOption(string[] args, int index) =>
        args[index].StartsWith("--", StringComparison.Ordinal)
        || (index > 0 && ValueOptions.Contains(args[index - 1], StringComparer.OrdinalIgnoreCase));

    private static string? OptionValue(string[] args, string name)
    {
        var i = Array.FindIndex(args, a => a.Equals(name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
