using AllianceBot.Corpus;
using AllianceBot.Prompts.Meaning;
using AllianceBot.Prompts.Safety;

namespace AllianceBot.Training;

/// <summary>
/// Trains the safety screen's scorer: logistic regression over each sentence's features (embedding,
/// the n-grams of the sentence and its neighbours, the cue layer's flags; see CrisisFeatures). A
/// crisis text says which text is a crisis, not which sentence: its sentence with the most cues is
/// taken first, then the one the current scorer rates highest (three rounds of multiple-instance
/// learning). Every sentence of a non-crisis text is a negative (near misses count double), and the
/// debrief corpus's narratives add ordinary negatives. Thresholds are calibrated on dev.
/// </summary>
public static class CrisisTrainer
{
    private const int Rounds = 3;

    /// <summary>The share of ordinary dev texts (debriefs and questions with no risk in them) that may raise an alarm.</summary>
    public static double OrdinaryAlarmCeiling { get; set; } = 0.01;

    /// <summary>Word n-gram buckets in the features (0: embedding and flags only), and the L2 penalty: chosen on dev.</summary>
    public static int Buckets { get; set; } = CrisisFeatures.NgramBuckets;

    public static float L2 { get; set; } = 3e-4f;

    /// <param name="ordinary">Texts with no risk in them (debrief narratives, questions): negatives for training.</param>
    /// <param name="ordinaryDev">The same kind of texts from the dev splits, for the calibration's ceiling on everyday false alarms.</param>
    public static LinearModelFile Train(ITextEmbedder embedder, IReadOnlyList<CrisisCase> train, IReadOnlyList<CrisisCase> dev,
        IReadOnlyList<string> ordinary, IReadOnlyList<string> ordinaryDev, int seed, TextWriter log)
    {
        var featurizer = new CrisisScreen(embedder, new LinearModel("none", [], 0, 2, 2, [])) { FeatureBuckets = Buckets };
        var rows = new List<float[]>();
        var labels = new List<bool>();
        var weights = new List<float>();
        foreach (var c in train.Where(c => !c.Crisis)) AddNegatives(c.Text, 3f);
        foreach (var text in ordinary) AddNegatives(text, 1f);
        var negativeCount = rows.Count;

        var bags = train.Where(c => c.Crisis).Select(c =>
        {
            var readings = featurizer.Read(c.Text);
            return (Readings: readings, Features: featurizer.Features(readings));
        }).Where(b => b.Features.Count > 0).ToList();

        var options = new LogisticRegression.Options(Epochs: 400, LearningRate: 0.05f, L2: L2);
        float[] w = [];
        var bias = 0f;
        for (var round = 0; round < Rounds; round++)
        {
            rows.RemoveRange(negativeCount, rows.Count - negativeCount);
            labels.RemoveRange(negativeCount, labels.Count - negativeCount);
            weights.RemoveRange(negativeCount, weights.Count - negativeCount);
            foreach (var (readings, features) in bags)
            {
                var best = round == 0
                    ? Enumerable.Range(0, readings.Count).MaxBy(i => (readings[i].Strong.Count * 3 + readings[i].Support.Count, -i))
                    : Enumerable.Range(0, features.Count).MaxBy(i => LogisticRegression.Probability(w, bias, features[i]));
                rows.Add(features[best]); labels.Add(true); weights.Add(1f);
            }
            (w, bias) = LogisticRegression.Train(rows, labels, options, weights);
            log.WriteLine($"crisis round {round + 1}: {bags.Count} positive and {negativeCount} negative sentences");
        }

        var model = new LinearModel("CRISIS", w, bias, 0.5f, 0.5f, CrisisFeatures.Flags);
        var (alone, supported) = Calibrate(embedder, model, dev, ordinaryDev, log);
        return new LinearModelFile
        {
            EmbeddingModel = embedder.ModelName,
            Unit = "sentence",
            Training = new()
            {
                ["seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["features"] = $"embedding ({embedder.Dimensions}), word uni- and bigrams of the sentence and its neighbours ({Buckets} hashed buckets), {CrisisFeatures.Flags.Count} cue and context flags; L2 {L2}",
                ["train"] = $"{train.Count} crisis-corpus texts, {ordinary.Count} ordinary texts (debrief narratives and questions)",
                ["dev"] = $"{dev.Count} crisis-corpus texts, {ordinaryDev.Count} ordinary texts",
                ["calibration"] = $"at most {OrdinaryAlarmCeiling:P0} of ordinary dev texts alarmed; then the most dev crises found; then the fewest near-miss alarms",
            },
            Models = [model with { Threshold = alone, SupportedThreshold = supported }],
        };

        void AddNegatives(string text, float weight)
        {
            foreach (var v in featurizer.Features(featurizer.Read(text))) { rows.Add(v); labels.Add(false); weights.Add(weight); }
        }
    }

    private static (float Alone, float Supported) Calibrate(ITextEmbedder embedder, LinearModel model, IReadOnlyList<CrisisCase> dev,
        IReadOnlyList<string> ordinaryDev, TextWriter log)
    {
        if (dev.Count == 0) return (0.5f, 0.5f);
        var negatives = dev.Count(c => !c.Crisis);
        var positives = dev.Count - negatives;
        var scorer = new CrisisScreen(embedder, model);
        var readings = dev.Select(c => (c.Crisis, scorer.Read(c.Text))).ToList();
        var everyday = ordinaryDev.Select(t => scorer.Read(t)).ToList();
        var ceiling = (int)Math.Floor(OrdinaryAlarmCeiling * everyday.Count);
        (int Found, int Alarms, int Everyday) Run(float alone, float supported)
        {
            var probe = new CrisisScreen(embedder, model with { Threshold = alone, SupportedThreshold = supported });
            int found = 0, alarms = 0;
            foreach (var (isCrisis, r) in readings)
            {
                var crisis = probe.Decide(r).IsCrisis;
                if (crisis && isCrisis) found++;
                if (crisis && !isCrisis) alarms++;
            }
            return (found, alarms, everyday.Count(r => probe.Decide(r).IsCrisis));
        }
        (float Alone, float Supported, int Found, int Alarms, int Everyday) best = (2f, 2f, -1, int.MaxValue, 0);
        var curve = new SortedDictionary<int, (int Alarms, int Everyday, float Alone, float Supported)>();
        for (var alone = 0.99f; alone >= 0.05f; alone -= 0.01f)
            for (var supported = 0.0f; supported <= alone; supported += 0.02f)
            {
                var (found, alarms, ordinary) = Run(alone, supported);
                if (ordinary > ceiling) continue;
                if (!curve.TryGetValue(found, out var seen) || alarms < seen.Alarms)
                    curve[found] = (alarms, ordinary, alone, supported);
                if (found > best.Found || (found == best.Found && alarms < best.Alarms))
                    best = (alone, supported, found, alarms, ordinary);
            }
        foreach (var (found, p) in curve.Reverse().Take(6))
            log.WriteLine($"  dev: {found}/{positives} crises found, {p.Alarms}/{negatives} near-miss alarms, {p.Everyday}/{everyday.Count} everyday alarms at {p.Alone:0.00} alone, {p.Supported:0.00} with a cue");
        log.WriteLine($"crisis thresholds {best.Alone:0.00} alone, {best.Supported:0.00} with a cue: dev crises found {best.Found}/{positives}, near-miss alarms {best.Alarms}/{negatives}, everyday alarms {best.Everyday}/{everyday.Count}");
        return (best.Alone, best.Supported);
    }
}
