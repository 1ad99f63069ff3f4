using System.Buffers.Binary;
using System.IO.Compression;

namespace AllianceBot.Infra.Tests;

/// <summary>
/// Just enough of a PNG decoder to check the icons: IHDR, and RGBA pixels of a non-interlaced
/// 8-bit image with any of the five row filters. Anything else is reported, not guessed at.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public int Width { get; private init; }
    public int Height { get; private init; }
    public byte BitDepth { get; private init; }
    public byte ColorType { get; private init; }
    public bool HasAlpha => ColorType is 4 or 6;

    /// <summary>RGBA, 4 bytes per pixel, row by row; only for 8-bit RGBA images.</summary>
    public byte[] Rgba { get; private init; } = [];

    public static PngImage Read(byte[] bytes)
    {
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0, interlace = 0;
        byte depth = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    (depth, colorType, interlace) = (data[8], data[9], data[12]);
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            at += 12 + length;
        }

        var rgba = depth == 8 && colorType == 6 && interlace == 0 ? Decode(idat.ToArray(), width, height) : [];
        return new PngImage { Width = width, Height = height, BitDepth = depth, ColorType = colorType, Rgba = rgba };
    }

    public byte AlphaAt(int x, int y) => Rgba[((y * Width) + x) * 4 + 3];

    public (byte R, byte G, byte B) ColorAt(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2]);
    }

    private static byte[] Decode(byte[] compressed, int width, int height)
    {
        using var inflate = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        var src = raw.ToArray();

        const int bpp = 4;
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = src[y * (stride + 1)];
            var line = src.AsSpan((y * (stride + 1)) + 1, stride);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? pixels[(y * stride) + x - bpp] : 0;
                int b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int c = x >= bpp && y > 0 ? pixels[((y - 1) * stride) + x - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                };
                pixels[(y * stride) + x] = (byte)(line[x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
