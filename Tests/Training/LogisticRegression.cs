namespace AllianceBot.Training;

/// <summary>
/// Binary logistic regression by full-batch gradient descent with Adam steps and an L2 penalty.
/// Full batches and fixed summation order make it deterministic: the same rows give the same
/// weights, bit for bit. Positives are weighted up to balance rare codes.
/// </summary>
public static class LogisticRegression
{
    public sealed record Options(int Epochs = 400, float LearningRate = 0.05f, float L2 = 1e-3f, float PositiveWeight = 0f);

    /// <param name="rowWeights">Per-row weights (hard negatives count more), or null for 1.</param>
    public static (float[] Weights, float Bias) Train(IReadOnlyList<float[]> rows, IReadOnlyList<bool> labels, Options options, IReadOnlyList<float>? rowWeights = null)
    {
        var n = rows.Count;
        var d = rows[0].Length;
        var positives = labels.Count(l => l);
        var posWeight = options.PositiveWeight > 0 ? options.PositiveWeight : Math.Max(1f, (float)(n - positives) / Math.Max(1, positives));
        var w = new float[d];
        var b = 0f;
        var (mw, vw) = (new double[d], new double[d]);
        double mb = 0, vb = 0;
        const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        var grad = new double[d];
        double totalWeight = 0;
        for (var i = 0; i < n; i++) totalWeight += (labels[i] ? posWeight : 1f) * (rowWeights?[i] ?? 1f);
        // Rows are mostly zeros (hashed n-grams): each row's non-zero positions, found once.
        var nonZero = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var x = rows[i];
            var count = 0;
            for (var j = 0; j < d; j++) if (x[j] != 0) count++;
            var nz = new int[count];
            for (int j = 0, k = 0; j < d; j++) if (x[j] != 0) nz[k++] = j;
            nonZero[i] = nz;
        }

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Array.Clear(grad);
            double gb = 0;
            for (var i = 0; i < n; i++)
            {
                var x = rows[i];
                var nz = nonZero[i];
                double z = b;
                foreach (var j in nz) z += w[j] * x[j];
                var p = 1.0 / (1.0 + Math.Exp(-z));
                var weight = (labels[i] ? posWeight : 1f) * (rowWeights?[i] ?? 1f);
                var err = (p - (labels[i] ? 1 : 0)) * weight;
                foreach (var j in nz) grad[j] += err * x[j];
                gb += err;
            }
            var lr = options.LearningRate;
            for (var j = 0; j < d; j++)
            {
                var g = grad[j] / totalWeight + options.L2 * w[j];
                mw[j] = beta1 * mw[j] + (1 - beta1) * g;
                vw[j] = beta2 * vw[j] + (1 - beta2) * g * g;
                var mhat = mw[j] / (1 - Math.Pow(beta1, epoch));
                var vhat = vw[j] / (1 - Math.Pow(beta2, epoch));
                w[j] -= (float)(lr * mhat / (Math.Sqrt(vhat) + eps));
            }
            var gB = gb / totalWeight;
            mb = beta1 * mb + (1 - beta1) * gB;
            vb = beta2 * vb + (1 - beta2) * gB * gB;
            b -= (float)(lr * (mb / (1 - Math.Pow(beta1, epoch))) / (Math.Sqrt(vb / (1 - Math.Pow(beta2, epoch))) + eps));
        }
        return (w, b);
    }

    public static float Probability(float[] w, float b, float[] x)
    {
        double z = b;
        for (var j = 0; j < w.Length; j++) z += w[j] * x[j];
        return (float)(1.0 / (1.0 + Math.Exp(-z)));
    }
}
