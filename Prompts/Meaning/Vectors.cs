namespace AllianceBot.Prompts.Meaning;

/// <summary>Small vector arithmetic on embedding vectors (unit length, so a dot product is a cosine).</summary>
public static class Vectors
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var n = Math.Min(a.Length, b.Length);
        var sum = 0f;
        for (var i = 0; i < n; i++) sum += a[i] * b[i];
        return sum;
    }
}
