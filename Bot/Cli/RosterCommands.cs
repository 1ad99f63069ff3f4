using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;

namespace AllianceBot.Bot.Cli;

/// <summary>
/// Admin verbs for the roster: <c>roster import &lt;file&gt;</c> (validate, then replace),
/// <c>roster check &lt;file&gt;</c> (validate only) and <c>roster show</c>. On any error the stored
/// roster is left as it was.
/// </summary>
public static class RosterCommands
{
    private const string Usage = "Usage: roster import <file.json> | roster check <file.json> | roster show";

    /// <returns>Null when the arguments are not a roster command; otherwise the exit code (0 ok, 1 refused, 2 usage).</returns>
    public static async Task<int?> TryRunAsync(string[] args, IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not ["roster", ..])
        {
            return null;
        }
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var store = services.GetService<RosterStore>()
            ?? new RosterStore(services.GetRequiredService<BotStores>().Archive, services.GetService<TimeProvider>() ?? TimeProvider.System);
        try
        {
            return args switch
            {
                ["roster", "import", var file] => await ImportAsync(store, file, output, ct).ConfigureAwait(false),
                ["roster", "check", var file] => await CheckAsync(file, output, ct).ConfigureAwait(false),
                ["roster", "show"] => await ShowAsync(store, output, ct).ConfigureAwait(false),
                _ => await UsageAsync(output).ConfigureAwait(false),
            };
        }
        catch (StorageUnavailableException ex)
        {
            await output.WriteLineAsync($"The store cannot be reached ({ex.Message}); the roster was not changed.").ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> ImportAsync(RosterStore store, string file, TextWriter output, CancellationToken ct)
    {
        if (await ReadAsync(file, output, ct).ConfigureAwait(false) is not { } json)
        {
            return 1;
        }
        var result = await store.ImportAsync(json, ct).ConfigureAwait(false);
        if (!result.Ok)
        {
            await ReportAsync(result, output).ConfigureAwait(false);
            await output.WriteLineAsync("The roster was not changed.").ConfigureAwait(false);
            return 1;
        }
        await output.WriteLineAsync($"Roster imported: {Describe(result.Roster!)}.").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> CheckAsync(string file, TextWriter output, CancellationToken ct)
    {
        if (await ReadAsync(file, output, ct).ConfigureAwait(false) is not { } json)
        {
            return 1;
        }
        var result = RosterParser.Parse(json);
        if (!result.Ok)
        {
            await ReportAsync(result, output).ConfigureAwait(false);
            return 1;
        }
        await output.WriteLineAsync($"The roster is valid: {Describe(result.Roster!)}.").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> ShowAsync(RosterStore store, TextWriter output, CancellationToken ct)
    {
        var roster = await store.GetAsync(ct).ConfigureAwait(false);
        if (roster.Supervisors.Count == 0)
        {
            await output.WriteLineAsync("No roster has been imported.").ConfigureAwait(false);
            return 0;
        }
        foreach (var s in roster.Supervisors)
        {
            await output.WriteLineAsync($"{s.Name} ({s.Id}, {s.TimeZone ?? "default time zone"})").ConfigureAwait(false);
            foreach (var p in s.Practitioners)
            {
                await output.WriteLineAsync($"  {p.Name} ({p.Id})").ConfigureAwait(false);
            }
        }
        return 0;
    }

    private static async Task<byte[]?> ReadAsync(string file, TextWriter output, CancellationToken ct)
    {
        try
        {
            return await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await output.WriteLineAsync($"Cannot read {file}: {ex.Message}").ConfigureAwait(false);
            return null;
        }
    }

    private static async Task ReportAsync(RosterParseResult result, TextWriter output)
    {
        await output.WriteLineAsync($"The roster has {result.Errors.Count} problem(s):").ConfigureAwait(false);
        foreach (var error in result.Errors)
        {
            await output.WriteLineAsync("  - " + error).ConfigureAwait(false);
        }
    }

    private static async Task<int> UsageAsync(TextWriter output)
    {
        await output.WriteLineAsync(Usage).ConfigureAwait(false);
        return 2;
    }

    private static string Describe(Roster roster)
        => $"{roster.Supervisors.Count} supervisor(s), {roster.Supervisors.Sum(s => s.Practitioners.Count)} practitioner(s)";
}
