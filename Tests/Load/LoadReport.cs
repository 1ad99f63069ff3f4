using System.Globalization;

namespace AllianceBot.Load;

/// <summary>The figures, as a Markdown table that can go straight into an issue.</summary>
public static class LoadReport
{
    public static void Print(TextWriter output, LoadOptions options, IReadOnlyList<LoadResult> results, string? botSettings)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Conversations} concurrent conversations, {options.DurationSeconds} s measured per phase after {options.WarmupSeconds} s warm-up, {Environment.ProcessorCount} cores; capacity = back to back, paced = {options.ThinkMs} ms think time (0.5-1.5x) before each message"));
        output.WriteLine();
        if (botSettings is not null)
        {
            output.WriteLine($"Bot runtime settings: {botSettings}.");
            output.WriteLine();
        }
        output.WriteLine("CPU ms/turn is the server's own CPU (user + system, /proc) while measuring, divided by the turns: it holds even when other work shares the machine.");
        output.WriteLine();
        output.WriteLine("| target | turns | turns/s | % of baseline | p50 ms | p90 ms | p99 ms | max ms | CPU ms/turn | replies/turn | log lines/turn | peak MB | HTTP statuses | errors |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var r in results)
        {
            // Compared with the baseline in the same phase: capacity with capacity, paced with paced.
            var phase = r.Name[(r.Name.LastIndexOf(',') + 1)..];
            var baseline = results.FirstOrDefault(b => b.Name.StartsWith("baseline", StringComparison.Ordinal) && b.Name.EndsWith(phase, StringComparison.Ordinal));
            var share = baseline is { TurnsPerSecond: > 0 } ? (r.TurnsPerSecond / baseline.TurnsPerSecond * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
            var statuses = string.Join(" ", r.Statuses.Select(s => $"{s.Key}:{s.Value}"));
            var errors = r.ErrorCount == 0 ? "0" : string.Join("; ", r.Errors.Select(e => $"{e.Key}: {e.Value}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Turns} | {r.TurnsPerSecond:0.0} | {share} | {r.P50:0.0} | {r.P90:0.0} | {r.P99:0.0} | {r.Max:0.0} | {r.CpuMsPerTurn:0.00} | {r.RepliesPerTurn:0.0} | {r.LogLinesPerTurn:0.00} | {r.PeakMb:0} | {statuses} | {errors} |"));
        }
        PrintSteps(output, results);
    }

    /// <summary>Where each run's tail comes from: the steps of the script, slowest p99 first.</summary>
    private static void PrintSteps(TextWriter output, IReadOnlyList<LoadResult> results)
    {
        var withSteps = results.Where(r => r.Steps.Count > 1).ToList();
        if (withSteps.Count == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine("| target | by step (p50 / p99 ms, turns), slowest p99 first |");
        output.WriteLine("|---|---|");
        foreach (var r in withSteps)
        {
            var steps = string.Join("; ", r.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.P50:0.0} / {s.P99:0.0} ({s.Turns})")));
            output.WriteLine($"| {r.Name} | {steps} |");
        }
    }
}
