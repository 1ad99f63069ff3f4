using AllianceBot.Corpus;
using AllianceBot.Training;

// Trains the engine's scorers from Tests/Eval/*/train.jsonl, calibrates them on dev.jsonl, and writes
// them where the engine embeds them. Usage:
//   dotnet run -c Release --project Tests/Training -- [crisis|signs|questions|all] [--embedder minilm|arctic] [--seed 17] [--dry-run]
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var embedderName = Option("--embedder") ?? "minilm";
var seed = int.Parse(Option("--seed") ?? "17", System.Globalization.CultureInfo.InvariantCulture);
var dryRun = args.Contains("--dry-run");
if (Option("--buckets") is { } b) CrisisTrainer.Buckets = int.Parse(b, System.Globalization.CultureInfo.InvariantCulture);
if (Option("--everyday") is { } ceiling) CrisisTrainer.OrdinaryAlarmCeiling = double.Parse(ceiling, System.Globalization.CultureInfo.InvariantCulture);
if (Option("--l2") is { } l2) CrisisTrainer.L2 = float.Parse(l2, System.Globalization.CultureInfo.InvariantCulture);
QuestionTrainer.Verbose = args.Contains("-v");
var embedder = Embedders.Create(embedderName);
var root = CorpusFiles.RepositoryRoot();

if (what is "crisis" or "all")
{
    var file = CrisisTrainer.Train(embedder,
        CorpusFiles.ReadSplit<CrisisCase>("crisis", "train"),
        CorpusFiles.ReadSplit<CrisisCase>("crisis", "dev"),
        [.. CorpusFiles.ReadSplit<DebriefCase>("debriefs", "train").Select(d => d.Text), .. CorpusFiles.ReadSplit<QuestionText>("questions", "train").Select(q => q.Text)],
        [.. CorpusFiles.ReadSplit<DebriefCase>("debriefs", "dev").Select(d => d.Text), .. CorpusFiles.ReadSplit<QuestionText>("questions", "dev").Select(q => q.Text)],
        seed, Console.Out);
    Write(Path.Combine(root, "Prompts", "Safety", "Data", "crisis-model.json"), file.ToJson());
}
if (what is "signs" or "all")
{
    if (Option("--epochs") is { } e) SignTrainer.Epochs = int.Parse(e, System.Globalization.CultureInfo.InvariantCulture);
    if (Option("--sign-l2") is { } sl2) SignTrainer.L2 = float.Parse(sl2, System.Globalization.CultureInfo.InvariantCulture);
    var file = SignTrainer.Train(embedder,
        CorpusFiles.ReadSplit<DebriefCase>("debriefs", "train"),
        CorpusFiles.ReadSplit<DebriefCase>("debriefs", "dev"),
        [.. CorpusFiles.ReadSplit<QuestionText>("questions", "train").Select(q => q.Text)],
        seed, Console.Out);
    Write(Path.Combine(root, "Prompts", "Detection", "Data", "sign-models.json"), file.ToJson());
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
