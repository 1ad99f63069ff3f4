using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;

var kb = KnowledgeBaseLoader.LoadEmbedded();
var detector = new DebriefDetector(kb);
if (args.Length > 0 && args[0] == "try")
{
    foreach (var line in args.Skip(1))
    {
        Console.WriteLine($"> {line}");
        var low = AllianceBot.Prompts.Text.TextNormalizer.ForMatching(line);
        foreach (var sen in AllianceBot.Prompts.Text.SentenceSplitter.Split(low))
            Console.WriteLine("   clauses: " + string.Join(" | ", AllianceBot.Prompts.Text.ClauseSplitter.Split(sen, low).Select(c => c.Text)));
        foreach (var h in detector.Explain(line))
            Console.WriteLine($"   {h.Code,-16} {h.Verdict,-13} «{line.Substring(h.MatchStart, h.MatchLength)}»");
    }
    return 0;
}
return 0;
