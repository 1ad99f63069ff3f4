using System.Security.Cryptography;
using System.Text;

namespace AllianceBot.Prompts.Meaning;

/// <summary>
/// Stores embedding vectors compactly in JSON data files (half precision, base64: about a thousand
/// characters for 384 dimensions) and names texts by a short content hash, so a stored vector is
/// used only for exactly the text it was computed from.
/// </summary>
public static class VectorCodec
{
    public static string Encode(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[vector.Length * 2];
        for (var i = 0; i < vector.Length; i++)
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 2), (Half)vector[i]);
        return Convert.ToBase64String(bytes);
    }

    public static float[] Decode(string encoded)
    {
        var bytes = Convert.FromBase64String(encoded);
        var vector = new float[bytes.Length / 2];
        for (var i = 0; i < vector.Length; i++)
            vector[i] = (float)BitConverter.ToHalf(bytes, i * 2);
        return vector;
    }

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
}
