using System.Diagnostics;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Questions;
using AllianceBot.Quality;

// Quality benchmark for the offline engine. Usage:
//   dotnet run --project Tests/Quality            full report
//   dotnet run --project Tests/Quality -- try "text" ...   show every match and its scope verdict
//   dotnet run --project Tests/Quality -- ask "question" ["previous question"]
//   dotnet run --project Tests/Quality -- timing "text"   time each rule's regex on one text
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

var dir = EvalSets.LocateDirectory();
var verbose = args.Contains("-v");

// 1. Detectors
var cases = EvalSets.Debriefs(dir);
var codes = engine.Knowledge.WarningSigns.Select(s => s.Code)
    .Concat(["AC-GOALS", "AC-TASKS", "AC-BOND", "AC-FOLLOWUP", "AC-RUSHED"]).ToList();
var tp = codes.ToDictionary(c => c, _ => 0);
var fp = codes.ToDictionary(c => c, _ => 0);
var fn = codes.ToDictionary(c => c, _ => 0);
var categoryItems = new Dictionary<string, int>();
var categoryFalse = new Dictionary<string, int>();
var failures = new List<string>();
foreach (var c in cases)
{
    var predicted = detector.FindInText(c.Text).Select(f => f.Code).ToHashSet();
    var expected = c.Expected.ToHashSet();
    foreach (var code in codes)
    {
        if (predicted.Contains(code) && expected.Contains(code)) tp[code]++;
        else if (predicted.Contains(code)) fp[code]++;
        else if (expected.Contains(code)) fn[code]++;
    }
    categoryItems[c.Category] = categoryItems.GetValueOrDefault(c.Category) + 1;
    var wrong = !predicted.SetEquals(expected);
    if (predicted.Except(expected).Any()) categoryFalse[c.Category] = categoryFalse.GetValueOrDefault(c.Category) + 1;
    if (wrong) failures.Add($"  {c.Id}: expected [{string.Join(",", expected)}] got [{string.Join(",", predicted)}]  \"{c.Text}\"");
}

Console.WriteLine($"AllianceBot engine {SupervisionEngine.Version} quality report");
Console.WriteLine($"\n## Detectors ({cases.Count} labelled snippets)");
Console.WriteLine($"{"code",-16} {"P",6} {"R",6} {"F1",6}   tp fp fn");
var worstF1 = 1.0;
foreach (var code in codes)
{
    double p = tp[code] + fp[code] == 0 ? 1 : (double)tp[code] / (tp[code] + fp[code]);
    double r = tp[code] + fn[code] == 0 ? 1 : (double)tp[code] / (tp[code] + fn[code]);
    var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    worstF1 = Math.Min(worstF1, f1);
    Console.WriteLine($"{code,-16} {p,6:0.00} {r,6:0.00} {f1,6:0.00}   {tp[code],2} {fp[code],2} {fn[code],2}");
}
var microTp = tp.Values.Sum(); var microFp = fp.Values.Sum(); var microFn = fn.Values.Sum();
Console.WriteLine($"{"micro",-16} {(double)microTp / Math.Max(1, microTp + microFp),6:0.00} {(double)microTp / Math.Max(1, microTp + microFn),6:0.00}");
Console.WriteLine($"worst per-code F1: {worstF1:0.00}");

Console.WriteLine("\n## False-positive rate by hard-negative category (items with any unexpected code)");
foreach (var cat in categoryItems.Keys.Order())
    Console.WriteLine($"{cat,-14} {categoryFalse.GetValueOrDefault(cat),3}/{categoryItems[cat],-3} = {(double)categoryFalse.GetValueOrDefault(cat) / categoryItems[cat]:P0}");
var negHyp = new[] { "negated", "hypothetical", "declined" };
var nhItems = negHyp.Sum(c => categoryItems.GetValueOrDefault(c));
var nhFalse = negHyp.Sum(c => categoryFalse.GetValueOrDefault(c));
Console.WriteLine($"negated+hypothetical+declined FP rate: {nhFalse}/{nhItems} = {(double)nhFalse / Math.Max(1, nhItems):P1}");

// 2. Questions
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
Console.WriteLine($"\n## Questions ({questions.Count}, of which {answered} answerable)");
Console.WriteLine($"top-1 accuracy: {(double)top1 / answered:P1}");
Console.WriteLine($"top-3 accuracy: {(double)top3 / answered:P1}");
Console.WriteLine($"answer kind (answered / not covered / crisis) correct: {kindOk}/{questions.Count}");

// 3. Speed
var words = string.Join(' ', Enumerable.Repeat(cases.Select(c => c.Text), 20).SelectMany(x => x)).Split(' ').Take(2000);
var narrative = string.Join(' ', words);
var input = new DebriefInput { Narrative = narrative, Ratings = new AllianceRatings(3, 2, 4), PreviousRatings = new AllianceRatings(5, 4, 4) };
for (var i = 0; i < 5; i++) engine.Analyze(input);
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

if (verbose || failures.Count + qFailures.Count <= 40)
{
    Console.WriteLine($"\n## Misses ({failures.Count} snippets, {qFailures.Count} questions)");
    failures.ForEach(Console.WriteLine);
    qFailures.ForEach(Console.WriteLine);
}
return 0;
