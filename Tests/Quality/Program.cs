using System.Diagnostics;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Questions;
using AllianceBot.Quality;

// Quality benchmark for the offline engine. Usage:
//   dotnet run --project Tests/Quality            full report
//   dotnet run --project Tests/Quality -- try "text" ...   show every match and its scope verdict
//   dotnet run --project Tests/Quality -- ask "question" ["previous question"]
//   dotnet run --project Tests/Quality -- questions [-v]   the question corpus (dev, and test when it exists) and latency
//   dotnet run --project Tests/Quality -- timing "text"   time each rule's regex on one text
//   dotnet run --project Tests/Quality -- mask "text" ...   show the masked text
//   dotnet run --project Tests/Quality -- names [--names file.jsonl ...]   only the names section
//   dotnet run --project Tests/Quality -- masked-words texts.txt   what the name finder masks in a file of texts
//   --names file.jsonl (repeatable) scores that names split (e.g. a test split) instead of Tests/Eval/names-*.jsonl
//   add --startup to print how long the engine took to build, -v to list every miss
var createWatch = Stopwatch.StartNew();
var engine = SupervisionEngine.CreateDefault();
if (args.Contains("--startup")) Console.WriteLine($"engine created in {createWatch.Elapsed.TotalMilliseconds:0} ms");
var detector = new DebriefDetector(engine.Knowledge);

if (args.Length > 0 && args[0] == "try")
{
    foreach (var line in args.Skip(1))
    {
        Console.WriteLine($"> {line}");
        foreach (var h in detector.Explain(line))
            Console.WriteLine($"   {h.Code,-16} {h.Verdict,-13} «{line.Substring(h.MatchStart, h.MatchLength)}»");
    }
    return 0;
}
if (args.Length > 0 && args[0] == "timing")
{
    foreach (var rule in new AllianceBot.Prompts.Detection.CompiledRuleSet(AllianceBot.Prompts.Detection.DetectionRules.Concerns).Rules)
    {
        var sw = Stopwatch.StartNew();
        try { rule.Regex.Matches(args[1]).Count.ToString(); } catch (Exception e) { Console.Write(e.GetType().Name + " "); }
        Console.WriteLine($"{rule.Code} {sw.Elapsed.TotalMilliseconds:0.0} ms");
    }
    return 0;
}
if (args.Length > 0 && args[0] == "ask")
{
    var a = engine.Answer(args[1], args.Length > 2 ? args[2] : null);
    Console.WriteLine($"{a.Kind}: {string.Join(",", a.CitedCodes)} | {string.Join(" ", a.Passages.Select(p => $"{p.Code}:{p.Score:0.0}"))}");
    return 0;
}

if (args.Length > 0 && args[0] == "signs")
{
    var rulesOnly = new DebriefDetector(engine.Knowledge);
    var trainedDetector = new DebriefDetector(engine.Knowledge, new TrainedSigns(AllianceBot.Prompts.Meaning.SharedEmbedder.Instance));
    foreach (var split in new[] { "dev", "test" })
    {
        var narratives = AllianceBot.Corpus.CorpusFiles.ReadSplit<AllianceBot.Corpus.DebriefCase>("debriefs", split);
        if (narratives.Count == 0) continue;
        if (args.Contains("--rules")) SignReport.Print($"Warning signs and concerns, {split} split, lexical rules alone", narratives, rulesOnly, verbose: false);
        SignReport.Print($"Warning signs and concerns, {split} split, engine", narratives, trainedDetector, args.Contains("-v"));
    }
    return 0;
}
if (args.Length > 1 && args[0] == "crisis-try")
{
    var screen = new AllianceBot.Prompts.Safety.CrisisScreen(AllianceBot.Prompts.Meaning.SharedEmbedder.Instance);
    foreach (var text in args.Skip(1))
    {
        Console.WriteLine($"> {screen.Screen(text)}");
        foreach (var r in screen.Read(text))
            Console.WriteLine($"   {r.Score:0.00} strong[{string.Join(",", r.Strong)}] support[{string.Join(",", r.Support)}] veto[{string.Join(",", r.Vetoes)}] «{r.Repaired}»");
    }
    return 0;
}
if (args.Length > 1 && args[0] == "crisis")
{
    var semantic = !args.Contains("--cues-only");
    var screen = new AllianceBot.Prompts.Safety.CrisisScreen(semantic ? AllianceBot.Prompts.Meaning.SharedEmbedder.Instance : null);
    foreach (var file in args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)))
        CrisisReport.Print(file, AllianceBot.Corpus.CorpusFiles.Read<AllianceBot.Corpus.CrisisCase>(file), screen, verbose: true);
    return 0;
}

if (args.Length > 0 && args[0] == "mask")
{
    foreach (var line in args.Skip(1)) Console.WriteLine(engine.Masker.Mask(line).Text);
    return 0;
}
if (args.Length > 1 && args[0] == "masked-words")
{
    // Every span the name finder masks in a file of texts (one a line), most frequent first: a look for false positives.
    var finder = new AllianceBot.Prompts.Privacy.NameFinder(AllianceBot.Prompts.Privacy.NameLexicon.Default);
    var spans = File.ReadLines(args[1]).SelectMany(l => finder.Find(l).Select(s => l.Substring(s.Start, s.Length)));
    foreach (var g in spans.GroupBy(s => s).OrderByDescending(g => g.Count())) Console.WriteLine($"{g.Count(),4} {g.Key}");
    return 0;
}
if (args.Length > 0 && args[0] == "questions")
{
    QuestionSplits.Run(engine, args.Contains("-v"), Console.Out);
    return 0;
}

var dir = EvalSets.LocateDirectory();
var nameFiles = NameSplits(args, dir);
if (args.Length > 0 && args[0] == "names")
{
    foreach (var file in nameFiles) NameReport.Print(file, engine.Masker, args.Contains("-v"));
    return 0;
}
if (args.Length > 0 && args[0] == "profile")
{
    var all = EvalSets.Debriefs(dir);
    var text2k = string.Join(' ', string.Join(' ', Enumerable.Repeat(all.Select(c => c.Text), 20).SelectMany(x => x)).Split(' ').Take(2000));
    var in2k = new DebriefInput { Narrative = text2k, Ratings = new AllianceRatings(3, 2, 4), PreviousRatings = new AllianceRatings(5, 4, 4) };
    Console.WriteLine($"Analyze CPU median {CpuTimer.MedianCpuMs(() => engine.Analyze(in2k)):0.0} ms; FindInText {CpuTimer.MedianCpuMs(() => detector.FindInText(text2k)):0.0} ms");
    if (args.Contains("--phases")) Profiler.Run(string.Join(' ', string.Join(' ', Enumerable.Repeat(all.Select(c => c.Text), 20).SelectMany(x => x)).Split(' ').Take(2000)));
    return 0;
}
var verbose = args.Contains("-v");

// 1. Detectors: the tuning set, the held-out set, and both together.
var tuned = EvalSets.Debriefs(dir);
var holdout = EvalSets.Holdout(dir);
var codes = engine.Knowledge.WarningSigns.Select(s => s.Code)
    .Concat(["AC-GOALS", "AC-TASKS", "AC-BOND", "AC-FOLLOWUP", "AC-RUSHED"]).ToList();
Console.WriteLine($"AllianceBot engine {SupervisionEngine.Version} quality report");
DetectorReport.Print($"Detectors, tuning set ({tuned.Count} labelled snippets)", tuned, codes, detector, verbose);
if (holdout.Count > 0)
{
    DetectorReport.Print($"Detectors, held-out set ({holdout.Count} snippets)", holdout, codes, detector, verbose);
    DetectorReport.Print($"Detectors, combined ({tuned.Count + holdout.Count} snippets)", [.. tuned, .. holdout], codes, detector, verbose: false);
}
var cases = tuned;

// 2. Questions: the corpus splits (dev, and test once written), then the first scripted set.
QuestionSplits.Run(engine, verbose, Console.Out);
var questions = EvalSets.Questions(dir);
int answered = 0, top1 = 0, top3 = 0, kindOk = 0;
var qFailures = new List<string>();
foreach (var q in questions)
{
    var a = engine.Answer(q.Q, q.Previous);
    var kind = a.Kind switch { AnswerKind.Answered => "answered", AnswerKind.NotCovered => "notCovered", _ => "crisis" };
    if (kind == q.ExpectedKind) kindOk++;
    if (q.ExpectedKind != "answered")
    {
        if (kind != q.ExpectedKind) qFailures.Add($"  [{q.ExpectedKind}] got {kind}: {q.Q}");
        continue;
    }
    answered++;
    var ranked = a.Passages.Select(p => p.Code).ToList();
    if (ranked.Take(1).Any(q.Expected.Contains)) top1++;
    if (ranked.Take(3).Any(q.Expected.Contains)) top3++;
    if (!ranked.Take(1).Any(q.Expected.Contains))
        qFailures.Add($"  expected [{string.Join(",", q.Expected)}] got [{string.Join(",", ranked.Take(3))}]: {q.Q}");
}
Console.WriteLine($"\n## Questions, first scripted set ({questions.Count}, of which {answered} answerable)");
Console.WriteLine($"top-1 accuracy: {(double)top1 / answered:P1}");
Console.WriteLine($"top-3 accuracy: {(double)top3 / answered:P1}");
Console.WriteLine($"answer kind (answered / not covered / crisis) correct: {kindOk}/{questions.Count}");

// 3. Speed
var words = string.Join(' ', Enumerable.Repeat(cases.Select(c => c.Text), 20).SelectMany(x => x)).Split(' ').Take(2000);
var narrative = string.Join(' ', words);
var input = new DebriefInput { Narrative = narrative, Ratings = new AllianceRatings(3, 2, 4), PreviousRatings = new AllianceRatings(5, 4, 4) };
CpuTimer.WarmUp(() => engine.Analyze(input), calls: 5);
var times = new List<double>();
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
for (var i = 0; i < 30; i++)
{
    var sw = Stopwatch.StartNew();
    engine.Analyze(input);
    times.Add(sw.Elapsed.TotalMilliseconds);
}
var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / 30;
times.Sort();
var scanTimes = new List<double>();
for (var i = 0; i < 10; i++)
{
    var sw = Stopwatch.StartNew();
    detector.FindInText(narrative);
    scanTimes.Add(sw.Elapsed.TotalMilliseconds);
}
scanTimes.Sort();
Console.WriteLine($"\n## Speed\nAnalyze, 2,000 words: median {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms (target < 50 ms)");
Console.WriteLine($"CPU time per Analyze: {cpuPerRun:0.0} ms (wall time on a shared machine includes waiting)");
Console.WriteLine($"of which warning-sign and concern detection alone: median {scanTimes[scanTimes.Count / 2]:0.0} ms");
// CPU medians survive a loaded build box where wall time does not.
Console.WriteLine($"CPU median per 2,000 words: Analyze {CpuTimer.MedianCpuMs(() => engine.Analyze(input)):0.0} ms, concern detection {CpuTimer.MedianCpuMs(() => detector.FindInText(narrative)):0.0} ms");

// 4. Names
foreach (var file in nameFiles) NameReport.Print(file, engine.Masker, verbose);

if (verbose || qFailures.Count <= 40)
{
    Console.WriteLine($"\n## Question misses ({qFailures.Count})");
    qFailures.ForEach(Console.WriteLine);
}
return 0;

/// <summary>The names splits to score: those given with --names, else every Tests/Eval/names-*.jsonl (dev, and test once it is there).</summary>
static List<string> NameSplits(string[] args, string dir)
{
    var given = args.Select((a, i) => (a, i)).Where(p => p.a == "--names" && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToList();
    if (given.Count > 0) return given;
    return Directory.Exists(dir) ? [.. Directory.GetFiles(dir, "names-*.jsonl").Order(StringComparer.Ordinal)] : [];
}
