using System.Diagnostics;
using AllianceBot.Corpus;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Detection;

// Prints what the engine's reading of meaning costs (issues 20 and 22), pinned to one core:
//   dotnet run -c Release --project Tests/EngineBench [-- --samples 300]
// Texts come from the dev splits, each used once, so every timed call embeds its own sentences.
var samples = args.Length > 1 && args[0] == "--samples" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300;
var process = Process.GetCurrentProcess();
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) process.ProcessorAffinity = 1;

var load = Stopwatch.StartNew();
var engine = SupervisionEngine.CreateDefault();
engine.Screen("warm the model with one sentence");
load.Stop();
Console.WriteLine($"engine and sentence-embedding model loaded (first call included): {load.Elapsed.TotalMilliseconds:0} ms");
process.Refresh();
Console.WriteLine($"resident memory after load: {process.WorkingSet64 / 1048576.0:0} MB");

var debriefs = CorpusFiles.ReadSplit<DebriefCase>("debriefs", "dev").Select(d => d.Text).ToList();
var crises = CorpusFiles.ReadSplit<CrisisCase>("crisis", "dev").Select(c => c.Text).ToList();
var narratives = Narratives(debriefs, words: 300, samples);
var messages = Narratives([.. crises, .. debriefs], words: 40, samples);

for (var i = 0; i < 20; i++) engine.Analyze(new DebriefInput { Narrative = $"Warm-up narrative {i}: we talked about her goals and the next steps." });

Report("analysis of a 300-word narrative", narratives, text => engine.Analyze(new DebriefInput { Narrative = text }), "target p99 < 150 ms");
Report("crisis screen of a 40-word message", messages, text => engine.Screen(text), "target p99 < 10 ms");
process.Refresh();
Console.WriteLine($"peak resident memory of this process: {PeakMb():0} MB; load average: {LoadAverage()}");

void Report(string what, IReadOnlyList<string> texts, Action<string> run, string target)
{
    var times = new List<double>(texts.Count);
    var me = Process.GetCurrentProcess();
    var cpuBefore = me.TotalProcessorTime;
    foreach (var text in texts)
    {
        var sw = Stopwatch.StartNew();
        run(text);
        times.Add(sw.Elapsed.TotalMilliseconds);
    }
    me.Refresh();
    // Wall time waits for the core when other work shares it; the process's own CPU time does not.
    var cpuMean = (me.TotalProcessorTime - cpuBefore).TotalMilliseconds / texts.Count;
    times.Sort();
    double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
    Console.WriteLine($"{what} ({texts.Count} texts, one core): p50 {P(0.5):0.0} ms, p90 {P(0.9):0.0} ms, p99 {P(0.99):0.0} ms, max {times[^1]:0.0} ms, mean CPU {cpuMean:0.0} ms ({target})");
}

// Dev texts joined until each holds about the number of words asked for (cut there), none reused.
static List<string> Narratives(IReadOnlyList<string> pool, int words, int count)
{
    var result = new List<string>();
    var current = new List<string>();
    var n = 0;
    foreach (var text in pool.Concat(pool.Select(t => "Later: " + t)))
    {
        current.Add(text);
        n += text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (n < words) continue;
        result.Add(string.Join(' ', string.Join(' ', current).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words)));
        current.Clear();
        n = 0;
        if (result.Count == count) break;
    }
    return result;
}

static double PeakMb()
{
    if (!File.Exists("/proc/self/status")) return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
