using System.Diagnostics;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Quality;

/// <summary>CPU split of one detection pass into its phases, to see where the time goes before tuning.</summary>
internal static class Profiler
{
    public static void Run(string text)
    {
        var concerns = new CompiledRuleSet(DetectionRules.Concerns);
        var strengths = new CompiledRuleSet(DetectionRules.Strengths);
        var lower = TextNormalizer.ForMatching(text);
        var clauses = SentenceSplitter.Split(lower).SelectMany(s => ClauseSplitter.Split(s, lower)).ToList();
        var regexOnly = CpuTimer.MedianCpuMs(() => { foreach (var rule in concerns.Rules) foreach (var c in clauses) rule.Regex.Matches(c.Text).Count.ToString(); });
        Console.WriteLine($"concern regexes alone, CPU median: {regexOnly:0.0} ms");
        for (var round = 0; round < 1; round++)
        {
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 10; i++) SentenceSplitter.Split(lower).SelectMany(s => ClauseSplitter.Split(s, lower)).ToList();
            Console.WriteLine($"split: {sw.Elapsed.TotalMilliseconds / 10:0.00} ms ({clauses.Count} clauses)");
            foreach (var (name, set) in new[] { ("concerns", concerns), ("strengths", strengths) })
            {
                var perRule = new List<(string, double)>();
                foreach (var rule in set.Rules)
                {
                    sw.Restart();
                    for (var i = 0; i < 10; i++) foreach (var c in clauses) rule.Regex.Matches(c.Text).Count.ToString();
                    perRule.Add((rule.Code, sw.Elapsed.TotalMilliseconds / 10));
                }
                Console.WriteLine($"{name} regex total {perRule.Sum(p => p.Item2):0.00} ms: " + string.Join(" ", perRule.OrderByDescending(p => p.Item2).Select(p => $"{p.Item1}={p.Item2:0.0}")));
                var detector = new PatternDetector(set);
                sw.Restart();
                for (var i = 0; i < 10; i++) detector.Detect(text);
                Console.WriteLine($"{name} full detect {sw.Elapsed.TotalMilliseconds / 10:0.00} ms");
                PrintPrefilter(name, set, clauses);
            }
        }
    }

    // How often the keyword prefilter spares a rule's regex, and what its own scan costs.
    private static void PrintPrefilter(string name, CompiledRuleSet set, List<Segment> clauses)
    {
        var prefilter = set.Prefilter;
        var patterns = set.Rules.Sum(r => r.Patterns.Length);
        var unfiltered = Enumerable.Range(0, set.Rules.Count).Sum(prefilter.UnfilteredPatterns);
        int skipped = 0, alone = 0, whole = 0;
        var present = new ulong[prefilter.WordsNeeded];
        foreach (var c in clauses)
        {
            prefilter.Scan(c.Text, present);
            for (var r = 0; r < set.Rules.Count; r++)
            {
                var possible = prefilter.Possible(r, present);
                if (possible == KeywordPrefilter.None) skipped++;
                else if (possible == KeywordPrefilter.Several) whole++;
                else alone++;
            }
        }
        var scanCpu = CpuTimer.MedianCpuMs(() => { foreach (var c in clauses) prefilter.Scan(c.Text, present); });
        Console.WriteLine($"{name} keyword prefilter: {patterns - unfiltered}/{patterns} patterns have a keyword check; " +
            $"of {clauses.Count * set.Rules.Count} rule runs, {skipped} skipped, {alone} one pattern's regex, {whole} whole rule; scan CPU {scanCpu:0.00} ms");
    }
}

/// <summary>CPU time of whole Analyze calls, robust to a loaded machine (wall time is not).</summary>
internal static class CpuTimer
{
    /// <summary>
    /// Calls <paramref name="action"/> at least <paramref name="calls"/> times and for at least three
    /// seconds. Process CPU time includes the JIT's background threads: until tiered compilation has
    /// taken the hot methods through its instrumented tier to the optimised one, a call of a few
    /// milliseconds is measured with that work (one second was not enough for Analyze).
    /// </summary>
    public static void WarmUp(Action action, int calls = 20)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls || watch.Elapsed < TimeSpan.FromSeconds(3); i++) action();
    }

    public static double MedianCpuMs(Action action, int warmup = 20, int rounds = 7, int perRound = 10)
    {
        WarmUp(action, warmup);
        var samples = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < perRound; i++) action();
            samples.Add((Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / perRound);
        }
        samples.Sort();
        return samples[samples.Count / 2];
    }
}
