using System.Diagnostics;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Meaning;

namespace AllianceBot.Quality;

/// <summary>
/// Question latency on one core, without a language model: every corpus message answered once, in
/// corpus order (so a follow-up finds its previous message already embedded, as in a conversation),
/// after a warm-up on other texts. Each message is new to the embedding cache, so each one pays for
/// its own sentence embedding.
/// </summary>
public static class QuestionLatency
{
    private static string Percentiles(List<double> values)
    {
        values.Sort();
        double P(double q) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)];
        return $"p50 {P(0.50),5:0.0} ms, p90 {P(0.90),5:0.0} ms, p99 {P(0.99),5:0.0} ms, max {values[^1],5:0.0} ms";
    }

    public static void Print(SupervisionEngine engine, IReadOnlyList<(string Text, string? Previous)> messages, TextWriter output)
    {
        var process = Process.GetCurrentProcess();
        var pinned = false;
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            process.ProcessorAffinity = 1;
            pinned = true;
        }
        // Warm-up on texts the corpus does not contain, so the timed calls still embed their own text.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 200 || warm.Elapsed < TimeSpan.FromSeconds(3); i++)
            engine.Answer($"warm-up message number {i} about sessions and clients", null);

        var times = new List<double>(messages.Count);
        var cpuBefore = process.TotalProcessorTime;
        foreach (var (text, previous) in messages)
        {
            var sw = Stopwatch.StartNew();
            engine.Answer(text, previous);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        process.Refresh();
        var cpuPerAnswer = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / messages.Count;
        // The sentence embedding alone, on a second copy of the model with no cache: the floor under each answer.
        using var model = new MiniLmEmbedder();
        var embedding = new List<double>(messages.Count);
        foreach (var (text, _) in messages)
        {
            var sw = Stopwatch.StartNew();
            model.Embed([text]);
            embedding.Add(sw.Elapsed.TotalMilliseconds);
        }
        output.WriteLine($"\n## Question latency ({times.Count} messages, {(pinned ? "pinned to one core" : "not pinned")}, no model)");
        output.WriteLine($"answer:              {Percentiles(times)}   (target p99 < 50 ms)");
        output.WriteLine($"of which embedding:  {Percentiles(embedding)}");
        // Wall time on a shared machine includes waiting for a core; CPU time does not.
        output.WriteLine($"CPU time per answer (mean): {cpuPerAnswer:0.0} ms" + (File.Exists("/proc/loadavg") ? $"; load average while measuring: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores" : ""));
    }
}

