namespace AllianceBot.Training;

/// <summary>
/// A linear ranker trained listwise: per message, a softmax over all passages' scores, and the loss
/// is minus the log of the probability given to the passages its answer may rest on. This trains
/// for the first place directly, where a per-passage classifier spends itself on the many easy
/// negatives. Full batches, Adam steps and a fixed order: the same rows give the same weights.
/// </summary>
public static class ListwiseRanking
{
    /// <param name="lists">Per message: one feature row per candidate and whether it is relevant.</param>
    public static (float[] Weights, float Bias) Train(IReadOnlyList<(float[][] Rows, bool[] Relevant)> lists, int epochs = 500, float learningRate = 0.03f, float l2 = 1e-4f)
    {
        var d = lists[0].Rows[0].Length;
        var w = new double[d];
        var (m, v) = (new double[d], new double[d]);
        const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        var grad = new double[d];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            Array.Clear(grad);
            foreach (var (rows, relevant) in lists)
            {
                var z = rows.Select(x => Dot(w, x)).ToArray();
                var max = z.Max();
                var e = z.Select(s => Math.Exp(s - max)).ToArray();
                var all = e.Sum();
                var pos = e.Where((_, k) => relevant[k]).Sum();
                // d(-log(pos/all)) = sum_k (p_k - q_k) x_k, q_k = the share of relevant k among relevant.
                for (var k = 0; k < rows.Length; k++)
                {
                    var coef = e[k] / all - (relevant[k] ? e[k] / pos : 0);
                    if (coef == 0) continue;
                    for (var j = 0; j < d; j++) grad[j] += coef * rows[k][j];
                }
            }
            for (var j = 0; j < d; j++)
            {
                var g = grad[j] / lists.Count + l2 * w[j];
                m[j] = beta1 * m[j] + (1 - beta1) * g;
                v[j] = beta2 * v[j] + (1 - beta2) * g * g;
                w[j] -= learningRate * (m[j] / (1 - Math.Pow(beta1, epoch))) / (Math.Sqrt(v[j] / (1 - Math.Pow(beta2, epoch))) + eps);
            }
        }
        return ([.. w.Select(x => (float)x)], 0f);
    }

    private static double Dot(double[] w, float[] x)
    {
        double s = 0;
        for (var j = 0; j < w.Length; j++) s += w[j] * x[j];
        return s;
    }
}
