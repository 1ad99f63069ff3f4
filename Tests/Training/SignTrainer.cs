using AllianceBot.Corpus;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Meaning;

namespace AllianceBot.Training;

/// <summary>
/// Trains one scorer per warning-sign, violation and concern code over each debrief sentence's
/// features (embedding, n-grams of the sentence and its neighbours, the code's rule verdicts; see
/// SignFeatures). The writers marked the evidence for every label: a sentence that overlaps a code's
/// evidence is a positive for it, every other sentence a negative, and sentences that overlap a hard
/// negative's evidence count triple. The question corpus adds questions about the signs as
/// negatives. Per code, the two thresholds are those with the best F1 on dev.
/// </summary>
public static class SignTrainer
{
    public static readonly IReadOnlyList<string> Codes =
    [
        "BS-TIME", "BS-SELECT", "BS-SELFDISCLOSE", "BS-DRESS", "BS-THOUGHTS", "BS-CONTACT", "BS-PROLONG",
        "BV-ROMANCE", "BV-DUAL", "BV-GIFT", "BV-EXPLOIT",
        "AC-GOALS", "AC-TASKS", "AC-BOND", "AC-FOLLOWUP", "AC-RUSHED",
    ];

    public static int Epochs { get; set; } = 200;

    public static float L2 { get; set; } = 1e-4f;

    public static LinearModelFile Train(ITextEmbedder embedder, IReadOnlyList<DebriefCase> train, IReadOnlyList<DebriefCase> dev,
        IReadOnlyList<string> questions, int seed, TextWriter log)
    {
        var reader = new DebriefDetector(KnowledgeBaseLoader.LoadEmbedded(), new TrainedSigns(embedder, Placeholder(embedder)));
        var trainReadings = train.Select(c => (Case: c, Readings: reader.Read(c.Text)!)).ToList();
        var questionReadings = questions.Select(q => reader.Read(q)!).ToList();
        var models = new LinearModel[Codes.Count];
        Parallel.For(0, Codes.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var code = Codes[k];
            var rows = new List<float[]>();
            var labels = new List<bool>();
            var weights = new List<float>();
            foreach (var (c, r) in trainReadings)
            {
                var positive = Spans(c.Text, c.Positives.Where(p => p.Code == code).Select(p => p.Evidence));
                var hard = Spans(c.Text, c.HardNegatives.Where(h => h.Code == code).Select(h => h.Evidence));
                for (var i = 0; i < r.Sentences.Count; i++)
                {
                    var s = r.Sentences[i];
                    var isPositive = positive.Any(p => Overlaps(p, s.Start, s.End));
                    rows.Add(r.Features(i, code));
                    labels.Add(isPositive);
                    weights.Add(!isPositive && hard.Any(h => Overlaps(h, s.Start, s.End)) ? 3f : 1f);
                }
            }
            foreach (var r in questionReadings)
                for (var i = 0; i < r.Sentences.Count; i++) { rows.Add(r.Features(i, code)); labels.Add(false); weights.Add(1f); }
            var (w, b) = LogisticRegression.Train(rows, labels, new LogisticRegression.Options(Epochs: Epochs, LearningRate: 0.05f, L2: L2), weights);
            models[k] = new LinearModel(code, w, b, 0.5f, 0.5f, SignFeatures.Flags);
        });

        var devReadings = dev.Select(c => (Case: c, Readings: reader.Read(c.Text)!)).ToList();
        var calibrated = models.Select(m => Calibrate(m, embedder, devReadings, log)).ToList();
        return new LinearModelFile
        {
            EmbeddingModel = embedder.ModelName,
            Unit = "sentence",
            Training = new()
            {
                ["seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["features"] = $"embedding ({embedder.Dimensions}), word uni- and bigrams of the sentence and its neighbours ({SignFeatures.NgramBuckets} hashed buckets), {SignFeatures.Flags.Count} rule and scope flags; L2 {L2}, {Epochs} epochs",
                ["train"] = $"{train.Count} debrief narratives, {questions.Count} questions as negatives",
                ["dev"] = $"{dev.Count} debrief narratives",
                ["calibration"] = "per code, the thresholds with the best dev F1 (ties: the higher thresholds)",
            },
            Models = calibrated,
        };
    }

    private static LinearModel Calibrate(LinearModel model, ITextEmbedder embedder, List<(DebriefCase Case, SentenceReadings Readings)> dev, TextWriter log)
    {
        if (dev.Count == 0) return model;
        var signs = new TrainedSigns(embedder, new LinearModelFile { EmbeddingModel = embedder.ModelName, Models = [model] });
        // Per dev text: the best score of any sentence, and of a sentence the code's rule affirmed.
        var texts = dev.Select(d =>
        {
            var scores = signs.Score(d.Readings).Where(x => x.RuleAffirmed
                || (!TrainedSigns.SetAsideByRule(d.Readings.VerdictsOf(x.Sentence, x.Code)) && !(TrainedSigns.IsAct(x.Code) && TrainedSigns.OnlyPoses(d.Readings.Sentences[x.Sentence].Text)))).ToList();
            return (Positive: d.Case.Codes.Contains(model.Code),
                Any: scores.Count == 0 ? 0 : scores.Max(s => s.Score),
                Affirmed: scores.Where(s => s.RuleAffirmed).Select(s => s.Score).DefaultIfEmpty(-1).Max());
        }).ToList();
        (float T, float S, double F1, int Tp, int Fp, int Fn) best = (0.5f, 0.5f, -1, 0, 0, 0);
        for (var t = 0.98f; t >= 0.02f; t -= 0.02f)
            for (var s = 0.0f; s <= t; s += 0.04f)
            {
                int tp = 0, fp = 0, fn = 0;
                foreach (var x in texts)
                {
                    var predicted = x.Any >= t || x.Affirmed >= s;
                    if (predicted && x.Positive) tp++;
                    else if (predicted) fp++;
                    else if (x.Positive) fn++;
                }
                var f1 = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
                if (f1 > best.F1 + 1e-9) best = (t, s, f1, tp, fp, fn);
            }
        lock (log) log.WriteLine($"{model.Code,-16} thresholds {best.T:0.00} alone, {best.S:0.00} with its rule: dev F1 {best.F1:0.00} (TP {best.Tp}, FP {best.Fp}, FN {best.Fn})");
        return model with { Threshold = best.T, SupportedThreshold = best.S };
    }

    // A scorer for every code that never fires: it lets the detector read sentences before any model exists.
    private static LinearModelFile Placeholder(ITextEmbedder embedder) => new()
    {
        EmbeddingModel = embedder.ModelName,
        Models = [new LinearModel("placeholder", new float[SignFeatures.Length(embedder.Dimensions)], -100, 2, 2, SignFeatures.Flags)],
    };

    private static List<(int Start, int End)> Spans(string text, IEnumerable<string> evidence) =>
        [.. evidence.Select(e => (Start: text.IndexOf(e, StringComparison.Ordinal), e.Length)).Where(x => x.Start >= 0).Select(x => (x.Start, x.Start + x.Length))];

    private static bool Overlaps((int Start, int End) span, int start, int end) => span.Start < end && start < span.End;
}
