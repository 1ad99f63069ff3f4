using System.Globalization;
using AllianceBot.Corpus;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Meaning;
using AllianceBot.Prompts.Questions;

namespace AllianceBot.Training;

/// <summary>
/// Trains the question answerer's two scorers from the question corpus. RANK: a logistic scorer
/// over each passage's lexical and dense signals, positives being the passages a message's answer
/// may rest on. SCOPE: a logistic scorer over the message's best scores, in scope against not
/// covered. Example-message signals of a training message are computed without its own writer's
/// examples, as a new writer's message has no twin among them. The scope threshold is calibrated on
/// dev (read the same way): the lowest one that keeps false refusals of in-scope messages at most
/// <see cref="MaxFalseRefusals"/>, so not-covered messages are caught as often as that allows.
/// Also writes the vectors the engine would otherwise compute at start.
/// </summary>
public static class QuestionTrainer
{
    private const float MaxFalseRefusals = 0.035f;
    private const string KnowledgeGroup = "kb";

    public static bool Verbose { get; set; }

    public static (LinearModelFile Model, QuestionVectorFile Vectors) Train(ITextEmbedder embedder, IReadOnlyList<QuestionCase> train,
        IReadOnlyList<QuestionCase> dev, int seed, TextWriter log)
    {
        var kb = KnowledgeBaseLoader.LoadEmbedded();
        var notCovered = NotCoveredExamples.LoadEmbedded();
        var views = PassageViews.For(kb).Select(v => v.Text).Concat(notCovered).Distinct().ToList();
        var viewVectors = Batches.Embed(embedder, views);
        var vectorFile = new QuestionVectorFile { EmbeddingModel = embedder.ModelName };
        for (var i = 0; i < views.Count; i++) vectorFile.Texts[VectorCodec.Hash(views[i])] = VectorCodec.Encode(viewVectors[i]);

        var trainVectors = Batches.Embed(embedder, [.. train.Select(c => c.Text)]);
        var examples = train.Select((c, i) => new LabelledExample(c.InScope ? c.Codes : [], trainVectors[i], Writer(c)))
            .Concat(notCovered.Select(t => new LabelledExample([], viewVectors[views.IndexOf(t)], KnowledgeGroup)))
            .ToList();
        foreach (var (c, i) in train.Select((c, i) => (c, i)))
            vectorFile.Examples.Add(new StoredExample(c.InScope ? c.Codes : [], VectorCodec.Encode(trainVectors[i])));

        var retriever = new HybridRetriever(kb, embedder, new DenseIndex(kb, embedder, vectorFile), new ExampleIndex(kb, examples));
        var trainReadings = train.Select(c => retriever.Read(c.Text, c.Previous, Writer(c))).ToList();

        // RANK: per message, every passage's row, trained for the first place.
        var lists = train.Select((c, i) => (c, i)).Where(x => x.c.InScope)
            .Select(x => (trainReadings[x.i].Passages, kb.Passages.Select(p => x.c.Codes.Contains(p.Code)).ToArray()))
            .ToList();
        var (rw, rb) = ListwiseRanking.Train(lists, epochs: 1000, learningRate: 0.1f, l2: 1e-3f);
        var rank = new LinearModel("RANK", rw, rb, 0.5f, 0.5f, [.. RetrievalFeatures.PassageNames]);
        log.WriteLine("RANK weights: " + string.Join(" ", RetrievalFeatures.PassageNames.Select((n, j) => $"{n}={rw[j]:0.00}")) + $" bias={rb:0.00}");

        // SCOPE: one row per message, from its ranked passages.
        var provisional = new QuestionScorers(rank, new LinearModel("SCOPE", new float[RetrievalFeatures.ScopeNames.Count], 0, 0.5f, 0.5f, [.. RetrievalFeatures.ScopeNames]));
        var scopeRows = trainReadings.Select(r => ScopeRow(provisional, r, kb)).ToList();
        var (sw, sb) = LogisticRegression.Train(scopeRows, [.. train.Select(c => c.InScope)], new LogisticRegression.Options(Epochs: 600, LearningRate: 0.05f, L2: 1e-3f));
        log.WriteLine("SCOPE weights: " + string.Join(" ", RetrievalFeatures.ScopeNames.Select((n, j) => $"{n}={sw[j]:0.00}")) + $" bias={sb:0.00}");
        var scope = new LinearModel("SCOPE", sw, sb, 0.5f, 0.5f, [.. RetrievalFeatures.ScopeNames]);

        var devReadings = dev.Select(c => retriever.Read(c.Text, c.Previous, Writer(c))).ToList();
        var threshold = Calibrate(new QuestionScorers(rank, scope), dev, devReadings, kb, log);
        var scorers = new QuestionScorers(rank, scope with { Threshold = threshold, SupportedThreshold = threshold });
        Report("train (other writers' examples)", scorers, train, trainReadings, kb, log);
        Report("dev (other writers' examples)", scorers, dev, devReadings, kb, log);
        Report("dev (all training examples)", scorers, dev, [.. dev.Select(c => retriever.Read(c.Text, c.Previous))], kb, log);
        // A message that stands alone must not be pulled off course by an unrelated one before it.
        var alone = dev.Where(c => c.InScope && !c.IsFollowUp).ToList();
        var unrelated = alone.Select((c, i) => c with { Previous = alone[(i + 7) % alone.Count].Text }).ToList();
        Report("dev, self-contained after an unrelated message", scorers, unrelated, [.. unrelated.Select(c => retriever.Read(c.Text, c.Previous))], kb, log);

        var model = new LinearModelFile
        {
            EmbeddingModel = embedder.ModelName,
            Unit = "message",
            Training = new()
            {
                ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
                ["train"] = $"{train.Count} question-corpus messages ({train.Count(c => c.InScope)} answered)",
                ["dev"] = $"{dev.Count} question-corpus messages",
                ["calibration"] = $"lowest scope threshold with dev false refusals <= {MaxFalseRefusals:P1}, examples from other writers only",
            },
            Models = [scorers.Rank, scorers.Scope],
        };
        return (model, vectorFile);
    }

    public static string Writer(QuestionCase c) => c.Id.Split('-')[0];

    private static float[] ScopeRow(QuestionScorers scorers, QuestionReading reading, KnowledgeBase kb)
    {
        var r = scorers.Apply(reading, kb.Passages, namedCode: false);
        return reading.ScopeFeatures(r.Ranked[0].Score, r.Ranked[1].Score);
    }

    private static float Calibrate(QuestionScorers scorers, IReadOnlyList<QuestionCase> dev, IReadOnlyList<QuestionReading> readings, KnowledgeBase kb, TextWriter log)
    {
        var scored = dev.Select((c, i) => (c.InScope, P: scorers.Apply(readings[i], kb.Passages, false).InScope)).ToList();
        var inScope = scored.Count(s => s.InScope);
        var best = 0.5f;
        for (var t = 0.01f; t < 0.99f; t += 0.01f)
        {
            var refused = scored.Count(s => s.InScope && s.P < t);
            if (refused > MaxFalseRefusals * inScope) break;
            best = t;
        }
        var caught = scored.Count(s => !s.InScope && s.P < best);
        log.WriteLine($"scope threshold {best:0.00}: dev not covered caught {caught}/{scored.Count(s => !s.InScope)}, false refusals {scored.Count(s => s.InScope && s.P < best)}/{inScope}");
        return best;
    }

    internal static void Report(string title, QuestionScorers scorers, IReadOnlyList<QuestionCase> cases, IReadOnlyList<QuestionReading> readings, KnowledgeBase kb, TextWriter log)
    {
        int inScope = 0, top1 = 0, top3 = 0, refusedIn = 0, oos = 0, caught = 0, follow = 0, followOk = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var r = scorers.Apply(readings[i], kb.Passages, false);
            var codes = r.Ranked.Take(3).Select(x => kb.Passages[x.Passage].Code).ToList();
            bool ok;
            if (c.InScope)
            {
                inScope++;
                if (!r.Covered) refusedIn++;
                var t1 = r.Covered && c.Codes.Contains(codes[0]);
                if (t1) top1++;
                if (r.Covered && codes.Any(c.Codes.Contains)) top3++;
                ok = t1;
            }
            else
            {
                oos++;
                if (!r.Covered) caught++;
                ok = !r.Covered;
            }
            if (c.IsFollowUp) { follow++; if (ok) followOk++; }
            if (!ok && Verbose)
                log.WriteLine($"   miss {c.Id} [{string.Join(",", c.Codes)}] got {(r.Covered ? "" : "REFUSED ")}[{string.Join(",", codes)}] p={r.InScope:0.00} «{c.Text}»" + (c.IsFollowUp ? $" << {c.Previous}" : ""));
        }
        log.WriteLine($"{title}: top-1 {top1}/{inScope} = {Pct(top1, inScope)}, top-3 {top3}/{inScope} = {Pct(top3, inScope)}, " +
            $"not covered caught {caught}/{oos} = {Pct(caught, oos)}, false refusals {refusedIn}/{inScope} = {Pct(refusedIn, inScope)}, follow-ups {followOk}/{follow} = {Pct(followOk, follow)}");
    }

    private static string Pct(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("P1", CultureInfo.InvariantCulture);
}
