namespace AllianceBot.Corpus;

/// <summary>The Wilson score interval (95%) for a proportion, honest at small counts and near 0 or 1.</summary>
public static class Wilson
{
    public static (double Low, double High) Bounds(int successes, int n)
    {
        if (n == 0) return (0, 1);
        const double z = 1.96;
        var p = (double)successes / n;
        var denom = 1 + z * z / n;
        var centre = (p + z * z / (2 * n)) / denom;
        var half = z * Math.Sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    public static string Interval(int successes, int n)
    {
        if (n == 0) return "";
        var (lo, hi) = Bounds(successes, n);
        return $"[95% CI {lo:P1}-{hi:P1}]";
    }
}
