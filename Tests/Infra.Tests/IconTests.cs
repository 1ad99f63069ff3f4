namespace AllianceBot.Infra.Tests;

public sealed class IconTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    [Fact]
    public void ColorIcon_InPackage_Is192By192()
    {
        var png = PngImage.Read(package.Read("color.png"));

        Assert.Equal((192, 192), (png.Width, png.Height));
    }

    [Fact]
    public void OutlineIcon_InPackage_Is32By32WithAlphaChannel()
    {
        var png = PngImage.Read(package.Read("outline.png"));

        Assert.Equal((32, 32), (png.Width, png.Height));
        Assert.True(png.HasAlpha, $"colour type {png.ColorType} has no alpha channel");
    }

    [Fact]
    public void OutlineIcon_Pixels_AreWhiteOnTransparent()
    {
        var png = PngImage.Read(package.Read("outline.png"));
        Assert.NotEmpty(png.Rgba); // 8-bit RGBA, so the pixels could be read

        int transparent = 0, visible = 0;
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var alpha = png.AlphaAt(x, y);
                if (alpha == 0)
                {
                    transparent++;
                    continue;
                }

                visible++;
                // Teams tints the outline icon itself; any colour other than white shows as a smudge.
                Assert.Equal(((byte)255, (byte)255, (byte)255), png.ColorAt(x, y));
            }
        }

        Assert.True(transparent > png.Width * png.Height / 4, $"only {transparent} transparent pixels");
        Assert.True(visible > 0, "the outline icon is empty");
    }

    [Fact]
    public void PngImage_NotAPng_Throws()
    {
        Assert.Throws<InvalidDataException>(() => PngImage.Read("GIF89a-not-a-png-at-all-but-long-enough"u8.ToArray()));
    }
}
