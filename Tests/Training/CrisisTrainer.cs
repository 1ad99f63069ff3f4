using AllianceBot.Corpus;
using AllianceBot.Prompts.Meaning;
using AllianceBot.Prompts.Safety;

namespace AllianceBot.Training;

/// <summary>
/// Trains the safety screen's semantic layer: a logistic scorer over sentence embeddings. A crisis
/// text says which text is a crisis, not which sentence; short texts give their sentences as
/// positives, and for longer ones the sentence the current scorer rates highest is taken (three
/// rounds of multiple-instance learning). Every sentence of a non-crisis text is a negative, near
/// misses counting double, and the debrief corpus's narratives add ordinary negatives. The
/// threshold is the highest that keeps the most dev crises found with false alarms at most 3%.
/// </summary>
public static class CrisisTrainer
{
    private const int Rounds = 3;
    private const float MaxFalseAlarmRate = 0.03f;

    public static LinearModelFile Train(ITextEmbedder embedder, IReadOnlyList<CrisisCase> train, IReadOnlyList<CrisisCase> dev,
        IReadOnlyList<DebriefCase> ordinary, int seed, TextWriter log)
    {
        var cuesOnly = new CrisisScreen(embedder: null);
        var rows = new List<float[]>();
        var labels = new List<bool>();
        var weights = new List<float>();

        void AddNegatives(string text, float weight)
        {
            var sentences = cuesOnly.Read(text).Select(r => r.Repaired).ToList();
            foreach (var v in Batches.Embed(embedder, sentences)) { rows.Add(v); labels.Add(false); weights.Add(weight); }
        }
        foreach (var c in train.Where(c => !c.Crisis)) AddNegatives(c.Text, 2f);
        foreach (var d in ordinary) AddNegatives(d.Text, 1f);
        var negativeCount = rows.Count;

        // Crisis texts: their candidate sentences (not set aside as past, hypothetical, ...).
        var bags = train.Where(c => c.Crisis).Select(c =>
        {
            var readings = cuesOnly.Read(c.Text);
            var candidates = readings.Where(r => !r.Vetoed).Select(r => r.Repaired).ToList();
            if (candidates.Count == 0) candidates = [.. readings.Select(r => r.Repaired)];
            return Batches.Embed(embedder, candidates);
        }).Where(b => b.Length > 0).ToList();

        var options = new LogisticRegression.Options(Epochs: 300, LearningRate: 0.05f, L2: 1e-3f);
        float[] w = new float[embedder.Dimensions];
        var bias = 0f;
        var centroid = Centroid(bags.Where(b => b.Length <= 2).SelectMany(b => b).ToList(), embedder.Dimensions);
        for (var round = 0; round < Rounds; round++)
        {
            rows.RemoveRange(negativeCount, rows.Count - negativeCount);
            labels.RemoveRange(negativeCount, labels.Count - negativeCount);
            weights.RemoveRange(negativeCount, weights.Count - negativeCount);
            foreach (var bag in bags)
            {
                IEnumerable<float[]> chosen = bag.Length <= 2
                    ? bag
                    : [bag.MaxBy(v => round == 0 ? Vectors.Dot(v, centroid) : LogisticRegression.Probability(w, bias, v))!];
                foreach (var v in chosen) { rows.Add(v); labels.Add(true); weights.Add(1f); }
            }
            (w, bias) = LogisticRegression.Train(rows, labels, options, weights);
            log.WriteLine($"crisis round {round + 1}: {labels.Count(l => l)} positive and {negativeCount} negative sentences");
        }

        var (alone, supported) = Calibrate(embedder, new LinearModel("CRISIS", w, bias, 0.5f, 0.1f, []), dev, log);
        return new LinearModelFile
        {
            EmbeddingModel = embedder.ModelName,
            Unit = "sentence",
            Training = new()
            {
                ["seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["train"] = $"{train.Count} crisis-corpus texts, {ordinary.Count} debrief narratives",
                ["dev"] = $"{dev.Count} crisis-corpus texts",
                ["calibration"] = $"highest threshold that keeps the most dev crises with false alarms <= {MaxFalseAlarmRate:P0}",
            },
            Models = [new LinearModel("CRISIS", w, bias, alone, supported, [])],
        };
    }

    private static (float Alone, float Supported) Calibrate(ITextEmbedder embedder, LinearModel model, IReadOnlyList<CrisisCase> dev, TextWriter log)
    {
        if (dev.Count == 0) return (0.5f, 0.1f);
        var negatives = dev.Count(c => !c.Crisis);
        var positives = dev.Count - negatives;
        // Score every dev text once per sentence, then try the grid on the cached readings.
        var screen = new CrisisScreen(embedder, model);
        var readings = dev.Select(c => (c, screen.Read(c.Text))).ToList();
        (float Alone, float Supported, int Found, int Alarms) best = (0.99f, 0.99f, -1, int.MaxValue);
        for (var alone = 0.99f; alone >= 0.2f; alone -= 0.01f)
            for (var supported = 0.01f; supported <= alone; supported += 0.01f)
            {
                var probe = new CrisisScreen(embedder, model with { Threshold = alone, SupportedThreshold = supported });
                int found = 0, alarms = 0;
                foreach (var (c, r) in readings)
                {
                    var crisis = probe.Decide(r).IsCrisis;
                    if (crisis && c.Crisis) found++;
                    if (crisis && !c.Crisis) alarms++;
                }
                var allowed = alarms <= MaxFalseAlarmRate * negatives;
                var bestAllowed = best.Alarms <= MaxFalseAlarmRate * negatives;
                if ((allowed && !bestAllowed) || (allowed == bestAllowed && (found > best.Found || (found == best.Found && alarms < best.Alarms))))
                    best = (alone, supported, found, alarms);
            }
        log.WriteLine($"crisis thresholds {best.Alone:0.00} alone, {best.Supported:0.00} with a cue: dev crises found {best.Found}/{positives}, false alarms {best.Alarms}/{negatives}");
        return (best.Alone, best.Supported);
    }

    private static float[] Centroid(IReadOnlyList<float[]> vectors, int dims)
    {
        var c = new float[dims];
        foreach (var v in vectors) for (var j = 0; j < dims; j++) c[j] += v[j];
        return c;
    }
}
