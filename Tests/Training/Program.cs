using AllianceBot.Corpus;
using AllianceBot.Training;

// Trains the engine's scorers from Tests/Eval/*/train.jsonl, calibrates them on dev.jsonl, and writes
// them where the engine embeds them. Usage:
//   dotnet run -c Release --project Tests/Training -- [crisis|questions|all] [--embedder minilm|arctic] [--seed 17] [--dry-run]
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var embedderName = Option("--embedder") ?? "minilm";
var seed = int.Parse(Option("--seed") ?? "17", System.Globalization.CultureInfo.InvariantCulture);
var dryRun = args.Contains("--dry-run");
QuestionTrainer.Verbose = args.Contains("-v");
var embedder = Embedders.Create(embedderName);
var root = CorpusFiles.RepositoryRoot();

if (what is "crisis" or "all")
{
    var file = CrisisTrainer.Train(embedder,
        CorpusFiles.ReadSplit<CrisisCase>("crisis", "train"),
        CorpusFiles.ReadSplit<CrisisCase>("crisis", "dev"),
        CorpusFiles.ReadSplit<DebriefCase>("debriefs", "train"),
        seed, Console.Out);
    Write(Path.Combine(root, "Prompts", "Safety", "Data", "crisis-model.json"), file.ToJson());
}
if (what is "questions" or "all")
{
    var (model, vectors) = QuestionTrainer.Train(embedder,
        CorpusFiles.ReadSplit<QuestionCase>("questions", "train"),
        CorpusFiles.ReadSplit<QuestionCase>("questions", "dev"),
        seed, Console.Out);
    Write(Path.Combine(root, "Prompts", "Questions", "Data", "question-model.json"), model.ToJson());
    Write(Path.Combine(root, "Prompts", "Questions", "Data", "question-vectors.json"), vectors.ToJson());
}
return 0;

void Write(string path, string json)
{
    if (dryRun) { Console.WriteLine($"(dry run) would write {path}"); return; }
    File.WriteAllText(path, json + "\n");
    Console.WriteLine($"wrote {path}");
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
