namespace AllianceBot.Prompts.Questions;

/// <summary>
/// The signals a trained scorer weighs: per passage, how well the lexical and the dense side match
/// the message (the fusion of the two), and per message, how sure the best match is and how close
/// the message comes to ones the material does not cover (the scope decision). The names are
/// written into the model file, so weights cannot be read against the wrong features.
/// </summary>
internal static class RetrievalFeatures
{
    public static readonly IReadOnlyList<string> PassageNames =
    [
        "bm25-of-best", "bm25-saturated", "bm25-rank", "named-code",
        "dense-passage", "dense-title", "dense-keywords", "dense-ask", "dense-ask-pair", "dense-ask-gap", "dense-ask-rank",
        "example-primary", "example-any", "example-gap", "example-rank",
    ];

    public static readonly IReadOnlyList<string> ScopeNames =
    [
        "rank-top", "rank-margin", "dense-ask-max", "dense-passage-max", "example-in-scope", "example-not-covered",
        "example-difference", "bm25-max", "content-terms",
    ];

    public static float[][] ForPassages(double[] bm25, bool[] named, DenseScores dense, ExampleScores examples)
    {
        var n = bm25.Length;
        var bestBm25 = bm25.Max();
        var bestAsk = dense.Ask.Max();
        var bestExample = examples.Any.Max();
        var bm25Rank = Ranks(bm25.Select(x => (float)x).ToArray());
        var askRank = Ranks(dense.Ask);
        var exampleRank = Ranks(examples.Any);
        var rows = new float[n][];
        for (var k = 0; k < n; k++)
        {
            rows[k] =
            [
                bestBm25 > 0 ? (float)(bm25[k] / bestBm25) : 0f,
                (float)(bm25[k] / (bm25[k] + 3)),
                1f / (1 + bm25Rank[k]),
                named[k] ? 1f : 0f,
                dense.Passage[k], dense.Title[k], dense.Keywords[k], dense.Ask[k], dense.AskPair[k], dense.Ask[k] - bestAsk, 1f / (1 + askRank[k]),
                examples.Primary[k], examples.Any[k], examples.Any[k] - bestExample, 1f / (1 + exampleRank[k]),
            ];
        }
        return rows;
    }

    public static float[] ForScope(float top, float second, DenseScores dense, ExampleScores examples, double[] bm25, int contentTerms) =>
    [
        top, top - second, dense.Ask.Max(), dense.Passage.Max(), examples.AnyInScope, examples.NotCovered,
        examples.AnyInScope - examples.NotCovered, (float)(bm25.Max() / (bm25.Max() + 3)), Math.Min(contentTerms, 6) / 6f,
    ];

    // Rank 0 = best; ties share the better rank.
    private static int[] Ranks(float[] scores)
    {
        var ranks = new int[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            var better = 0;
            for (var j = 0; j < scores.Length; j++) if (scores[j] > scores[i]) better++;
            ranks[i] = better;
        }
        return ranks;
    }
}
