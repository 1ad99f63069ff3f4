using AllianceBot.Corpus;
using AllianceBot.Prompts.Detection;


namespace AllianceBot.Quality;

/// <summary>
/// Per-code precision, recall and F1 with TP/FP/FN counts on one split of the debrief corpus, micro
/// and macro averages, and the hard-negative rate: of the (item, code) pairs a writer marked as a
/// near miss, the share the detector reported anyway.
/// </summary>
public static class SignReport
{
    public static readonly IReadOnlyList<string> Codes =
    [
        "BS-TIME", "BS-SELECT", "BS-SELFDISCLOSE", "BS-DRESS", "BS-THOUGHTS", "BS-CONTACT", "BS-PROLONG",
        "BV-ROMANCE", "BV-DUAL", "BV-GIFT", "BV-EXPLOIT",
        "AC-GOALS", "AC-TASKS", "AC-BOND", "AC-FOLLOWUP", "AC-RUSHED",
    ];

    public static void Print(string title, IReadOnlyList<DebriefCase> cases, DebriefDetector detector, bool verbose)
    {
        var predicted = cases.Select(c => detector.FindInText(c.Text).Select(f => f.Code).ToHashSet()).ToList();
        Console.WriteLine($"\n## {title} ({cases.Count} narratives)");
        Console.WriteLine($"{"code",-16} {"P",5} {"R",5} {"F1",5} {"TP",4} {"FP",4} {"FN",4}   hard-neg FP");
        int sTp = 0, sFp = 0, sFn = 0, sHard = 0, sHardFp = 0;
        var f1s = new List<double>();
        var misses = new List<string>();
        foreach (var code in Codes)
        {
            int tp = 0, fp = 0, fn = 0, hard = 0, hardFp = 0;
            for (var i = 0; i < cases.Count; i++)
            {
                var gold = cases[i].Codes.Contains(code);
                var got = predicted[i].Contains(code);
                if (gold && got) tp++;
                else if (got) { fp++; misses.Add($"  FP {code,-16} {cases[i].Id}: {Clip(cases[i].Text)}"); }
                else if (gold) { fn++; misses.Add($"  FN {code,-16} {cases[i].Id}: {Clip(cases[i].Positives.First(p => p.Code == code).Evidence)}"); }
                if (!gold && cases[i].HardNegatives.Any(h => h.Code == code)) { hard++; if (got) hardFp++; }
            }
            var (p, r, f) = Prf(tp, fp, fn);
            f1s.Add(f);
            Console.WriteLine($"{code,-16} {p,5:0.00} {r,5:0.00} {f,5:0.00} {tp,4} {fp,4} {fn,4}   {hardFp}/{hard}");
            (sTp, sFp, sFn, sHard, sHardFp) = (sTp + tp, sFp + fp, sFn + fn, sHard + hard, sHardFp + hardFp);
        }
        var (mp, mr, mf) = Prf(sTp, sFp, sFn);
        Console.WriteLine($"{"micro",-16} {mp,5:0.00} {mr,5:0.00} {mf,5:0.00} {sTp,4} {sFp,4} {sFn,4}   {sHardFp}/{sHard} = {(sHard == 0 ? 0 : (double)sHardFp / sHard):P1} {Wilson.Interval(sHardFp, sHard)}");
        Console.WriteLine($"{"macro F1",-16} {f1s.Average(),17:0.00}");
        var violations = cases.Where(c => c.Codes.Any(x => x.StartsWith("BV-", StringComparison.Ordinal))).ToList();
        var found = violations.Count(c => c.Codes.Where(x => x.StartsWith("BV-", StringComparison.Ordinal)).All(x => predicted[cases.ToList().IndexOf(c)].Contains(x)));
        Console.WriteLine($"violations found (every BV code of the narrative): {found}/{violations.Count}");
        if (verbose) misses.ForEach(Console.WriteLine);
    }

    private static (double P, double R, double F1) Prf(int tp, int fp, int fn) =>
        (tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn), tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn));

    private static string Clip(string s) => s.Length <= 140 ? s : s[..137] + "...";
}
