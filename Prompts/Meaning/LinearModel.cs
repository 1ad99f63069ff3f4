namespace AllianceBot.Prompts.Meaning;

/// <summary>
/// A logistic-regression scorer over a feature vector (an embedding, optionally followed by a few
/// named features), with the decision threshold calibrated on the dev split. Written by the
/// training program (Tests/Training) as data; the engine only reads it. <see cref="SupportedThreshold"/>
/// applies where another signal already points the same way (a listed cue or a lexical rule):
/// there the scorer only has to agree, elsewhere it has to be sure on its own.
/// </summary>
public sealed record LinearModel(string Code, float[] Weights, float Bias, float Threshold, float SupportedThreshold, IReadOnlyList<string> ExtraFeatures)
{
    public float Probability(ReadOnlySpan<float> features)
    {
        var z = Bias;
        var n = Math.Min(features.Length, Weights.Length);
        for (var i = 0; i < n; i++) z += Weights[i] * features[i];
        return 1f / (1f + MathF.Exp(-z));
    }

    public bool Fires(ReadOnlySpan<float> features) => Probability(features) >= Threshold;
}
