using AllianceBot.Prompts.Privacy;

namespace AllianceBot.Quality;

/// <summary>Prints names-masked % and words-wrongly-masked % (targets: at least 98% and under 1%) for a labelled split.</summary>
public static class NameReport
{
    public static void Print(string path, IdentifierMasker masker, bool verbose)
    {
        var cases = NameCase.Load(path);
        int names = 0, masked = 0, others = 0, wrong = 0, lookAlikes = 0, lookAlikesMasked = 0;
        var missed = new List<string>();
        var wrongWords = new List<string>();
        foreach (var item in cases)
        {
            var score = NameScorer.Of(item, masker.Mask(item.Text).Text);
            names += score.Names;
            masked += score.NamesMasked;
            others += score.OtherWords;
            wrong += score.WronglyMasked;
            lookAlikes += score.LookAlikes;
            lookAlikesMasked += score.LookAlikesMasked;
            missed.AddRange(score.Missed.Select(m => $"  {item.Id}: {m}"));
            wrongWords.AddRange(score.Wrong.Select(w => $"  {item.Id}: {w}"));
        }
        Console.WriteLine($"\n## Names ({Path.GetFileName(path)}: {cases.Count} narratives, {names} name occurrences, {others} other words)");
        Console.WriteLine($"names masked: {Percent(masked, names)} ({masked}/{names}) (target >= 98%)");
        Console.WriteLine($"words wrongly masked: {Percent(wrong, others)} ({wrong}/{others}) (target < 1%)");
        Console.WriteLine($"labelled look-alikes (not_names) masked: {Percent(lookAlikesMasked, lookAlikes)} ({lookAlikesMasked}/{lookAlikes})");
        if (verbose || missed.Count + wrongWords.Count <= 40)
        {
            Console.WriteLine($"missed names ({missed.Count}):");
            missed.ForEach(Console.WriteLine);
            Console.WriteLine($"wrongly masked words ({wrongWords.Count}):");
            wrongWords.ForEach(Console.WriteLine);
        }
    }

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:0.0}%";
}
