using System.Text.RegularExpressions;
using AllianceBot.Prompts.Meaning;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// The trained layer of the detector: per warning-sign, violation and concern code, a logistic scorer
/// over <see cref="SignFeatures"/> with thresholds calibrated on the dev split (Detection/Data/
/// sign-models.json, written by Tests/Training). A sentence shows the code when the scorer is sure
/// on its own, or when the code's rule affirmed it and the scorer agrees at a lower bar.
/// </summary>
public sealed partial class TrainedSigns
{
    // A sentence that only poses a condition or a question does not report an act ("If she asks for my
    // number I would refuse", "is it ok to text her?"); concerns are about the relationship and keep theirs.
    [GeneratedRegex(@"^(?:if|unless|in case|what if|suppose|supposing|should (?:she|he|they)|would it|is it ok|is it okay|can i|could i|am i allowed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionalStart();

    public const string ModelResource = "AllianceBot.Prompts.Detection.Data.sign-models.json";

    private readonly IReadOnlyDictionary<string, LinearModel> _models;

    public TrainedSigns(ITextEmbedder embedder, LinearModelFile? file = null)
    {
        Embedder = embedder;
        file ??= LinearModelFile.LoadEmbedded(typeof(TrainedSigns).Assembly, ModelResource);
        _models = file is not null && file.EmbeddingModel == embedder.ModelName
            ? file.Models.Where(m => m.Weights.Length == SignFeatures.Length(embedder.Dimensions)).ToDictionary(m => m.Code, StringComparer.Ordinal)
            : new Dictionary<string, LinearModel>();
    }

    public ITextEmbedder Embedder { get; }

    /// <summary>The codes with a trained scorer (none when the model file is missing or was trained on other vectors).</summary>
    public IReadOnlyCollection<string> Codes => (IReadOnlyCollection<string>)_models.Keys;

    internal LinearModel? ModelFor(string code) => _models.GetValueOrDefault(code);

    /// <summary>The sentences that show each code, with the scorer's probability.</summary>
    internal List<(string Code, int Sentence, float Score, bool RuleAffirmed)> Find(SentenceReadings readings)
    {
        var found = new List<(string, int, float, bool)>();
        foreach (var (code, sentence, p, affirmed) in Score(readings))
        {
            var model = _models[code];
            if (!affirmed && SetAsideByRule(readings.VerdictsOf(sentence, code))) continue;
            // A sentence whose every rule reading is negated, declined or hypothetical tells of no act or concern at all.
            if (!affirmed && SetAsideByRule([.. readings.Verdicts[sentence].Values.SelectMany(v => v)])) continue;
            if (!affirmed && IsAct(code) && OnlyPoses(readings.Sentences[sentence].Text)) continue;
            if (p >= model.Threshold || (affirmed && p >= model.SupportedThreshold)) found.Add((code, sentence, p, affirmed));
        }
        return found;
    }

    /// <summary>
    /// The scope analysis applies to what the scorer finds too: where the code's own rule recognised the
    /// event in this sentence and judged every mention negated, hypothetical, declined, resolved or
    /// someone else's, the sentence does not show the code, however close its meaning is.
    /// </summary>
    internal static bool SetAsideByRule(IReadOnlyCollection<ScopeVerdict> verdicts) =>
        verdicts.Count > 0 && !verdicts.Contains(ScopeVerdict.Affirmed);

    internal static bool IsAct(string code) => code.StartsWith("BS-", StringComparison.Ordinal) || code.StartsWith("BV-", StringComparison.Ordinal);

    internal static bool OnlyPoses(string sentence) => ConditionalStart().IsMatch(sentence) || sentence.TrimEnd().EndsWith('?');

    /// <summary>Every sentence's probability for every code (the calibration and the benchmark read these).</summary>
    internal IEnumerable<(string Code, int Sentence, float Score, bool RuleAffirmed)> Score(SentenceReadings readings)
    {
        for (var i = 0; i < readings.Sentences.Count; i++)
        {
            // The embedding and the n-grams are the same for every code; only the rule flags differ.
            var features = SignFeatures.For(readings.Sentences, i, readings.Embeddings[i], []);
            var flags = features.Length - SignFeatures.Flags.Count;
            foreach (var (code, model) in _models)
            {
                var verdicts = readings.VerdictsOf(i, code);
                SignFeatures.SetRuleFlags(features.AsSpan(flags), verdicts, readings.Sentences[i].Text);
                yield return (code, i, model.Probability(features), verdicts.Contains(ScopeVerdict.Affirmed));
            }
        }
    }
}
