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
            }
        }
    }
}

/// <summary>CPU time of whole Analyze calls, robust to a loaded machine (wall time is not).</summary>
internal static class CpuTimer
{
    public static double MedianCpuMs(Action action, int warmup = 20, int rounds = 7, int perRound = 10)
    {
        for (var i = 0; i < warmup; i++) action();
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
