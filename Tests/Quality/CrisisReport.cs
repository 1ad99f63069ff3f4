using AllianceBot.Corpus;
using AllianceBot.Prompts.Safety;

namespace AllianceBot.Quality;

/// <summary>Crisis recall and false alarms of the safety screen on one split.</summary>
public static class CrisisReport
{
    public static (int Tp, int Fn, int Fp, int Tn) Print(string title, IReadOnlyList<CrisisCase> cases, CrisisScreen screen, bool verbose)
    {
        int tp = 0, fn = 0, fp = 0, tn = 0;
        var misses = new List<string>();
        var layers = new Dictionary<string, int>();
        foreach (var c in cases)
        {
            var v = screen.Screen(c.Text);
            if (c.Crisis && v.IsCrisis) { tp++; layers[v.Layer] = layers.GetValueOrDefault(v.Layer) + 1; }
            else if (c.Crisis) { fn++; misses.Add($"  MISS  {c.Id} [{c.Kind}] {c.Text}"); }
            else if (v.IsCrisis) { fp++; misses.Add($"  ALARM {c.Id} [{c.Kind}] ({v.Kind}/{v.Layer} {v.Score:0.00}) «{c.Text.Substring(v.Start, v.Length)}»"); }
            else tn++;
        }
        var pos = tp + fn;
        var neg = fp + tn;
        Console.WriteLine($"\n## {title}");
        Console.WriteLine($"crisis recall {tp}/{pos} = {Ratio(tp, pos)}   {Wilson.Interval(tp, pos)}");
        Console.WriteLine($"false alarms  {fp}/{neg} = {Ratio(fp, neg)}   {Wilson.Interval(fp, neg)}");
        Console.WriteLine($"found by: {string.Join(", ", layers.Select(kv => $"{kv.Key} {kv.Value}"))}");
        if (verbose || misses.Count <= 30) misses.ForEach(Console.WriteLine);
        return (tp, fn, fp, tn);
    }

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : $"{(double)a / b:P1}";
}
