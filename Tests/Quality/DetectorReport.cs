using AllianceBot.Prompts.Detection;

namespace AllianceBot.Quality;

/// <summary>
/// Per-code precision, recall and F1 plus false-positive rates per hard-negative category for one
/// labelled set. A separate class so the tuning and held-out sets are scored the same way.
/// </summary>
internal static class DetectorReport
{
    private static readonly string[] ScopeCategories = ["negated", "hypothetical", "declined"];

    public static void Print(string title, IReadOnlyList<SnippetCase> cases, IReadOnlyList<string> codes, DebriefDetector detector, bool verbose)
    {
        var tp = codes.ToDictionary(c => c, _ => 0);
        var fp = codes.ToDictionary(c => c, _ => 0);
        var fn = codes.ToDictionary(c => c, _ => 0);
        var items = new Dictionary<string, int>();
        var falseItems = new Dictionary<string, int>();
        var misses = new List<string>();
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
            items[c.Category] = items.GetValueOrDefault(c.Category) + 1;
            if (predicted.Except(expected).Any()) falseItems[c.Category] = falseItems.GetValueOrDefault(c.Category) + 1;
            if (!predicted.SetEquals(expected))
                misses.Add($"  {c.Id}: expected [{string.Join(",", expected)}] got [{string.Join(",", predicted)}]  \"{c.Text}\"");
        }

        Console.WriteLine($"\n## {title}");
        Console.WriteLine($"{"code",-16} {"P",6} {"R",6} {"F1",6}   tp fp fn");
        var worst = 1.0;
        foreach (var code in codes)
        {
            if (tp[code] + fp[code] + fn[code] == 0) continue; // not exercised by this set
            double p = tp[code] + fp[code] == 0 ? 1 : (double)tp[code] / (tp[code] + fp[code]);
            double r = tp[code] + fn[code] == 0 ? 1 : (double)tp[code] / (tp[code] + fn[code]);
            var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            worst = Math.Min(worst, f1);
            Console.WriteLine($"{code,-16} {p,6:0.00} {r,6:0.00} {f1,6:0.00}   {tp[code],2} {fp[code],2} {fn[code],2}");
        }
        int microTp = tp.Values.Sum(), microFp = fp.Values.Sum(), microFn = fn.Values.Sum();
        double microP = (double)microTp / Math.Max(1, microTp + microFp), microR = (double)microTp / Math.Max(1, microTp + microFn);
        Console.WriteLine($"{"micro",-16} {microP,6:0.00} {microR,6:0.00} {2 * microP * microR / Math.Max(1e-9, microP + microR),6:0.00}");
        Console.WriteLine($"worst per-code F1: {worst:0.00}; snippets fully right: {cases.Count - misses.Count}/{cases.Count}");

        Console.WriteLine("False-positive rate by category (items with any unexpected code):");
        foreach (var cat in items.Keys.Order())
            Console.WriteLine($"  {cat,-14} {falseItems.GetValueOrDefault(cat),3}/{items[cat],-3} = {(double)falseItems.GetValueOrDefault(cat) / items[cat]:P0}");
        var scoped = ScopeCategories.Sum(c => items.GetValueOrDefault(c));
        var scopedFalse = ScopeCategories.Sum(c => falseItems.GetValueOrDefault(c));
        Console.WriteLine($"negated+hypothetical+declined FP rate: {scopedFalse}/{scoped} = {(double)scopedFalse / Math.Max(1, scoped):P1}");
        if (verbose || misses.Count <= 25)
        {
            Console.WriteLine($"Misses ({misses.Count}):");
            misses.ForEach(Console.WriteLine);
        }
    }
}
