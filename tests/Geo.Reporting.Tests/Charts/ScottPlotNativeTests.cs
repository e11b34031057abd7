using ScottPlot;

namespace Geo.Reporting.Tests.Charts;

/// <summary>
/// ScottPlot 5 draws with SkiaSharp, whose native library comes from SkiaSharp.NativeAssets.Linux.NoDependencies; a
/// missing or mismatched native asset crashes the process (DllNotFoundException or EntryPointNotFoundException) at the
/// first drawing. These tests draw both the SVG the report inlines and a PNG raster on this machine.
/// </summary>
public sealed class ScottPlotNativeTests
{
    [Fact]
    public void SkiaSharp_3_119_draws_svg_and_png_on_this_machine()
    {
        Assert.Equal(3, typeof(SkiaSharp.SKCanvas).Assembly.GetName().Version!.Major);
        Assert.Equal(119, typeof(SkiaSharp.SKCanvas).Assembly.GetName().Version!.Minor);
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 0, 1, 2 }, new double[] { 1, 4, 2 });
        plot.Title("Åtgärder – öst");
        plot.Font.Set("DejaVu Sans");
        var svg = plot.GetSvgXml(300, 200);
        Assert.Contains("Åtgärder – öst", svg);
        var png = plot.GetImage(300, 200).GetImageBytes(ImageFormat.Png);
        Assert.True(png.Length > 1000);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public void DejaVu_Sans_is_the_font_Skia_finds_on_this_machine()
    {
        // fonts-dejavu-core (scripts/install-deps.sh): Skia must find the family, not fall back to another one.
        using var typeface = SkiaSharp.SKTypeface.FromFamilyName("DejaVu Sans");
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        foreach (var c in "åäöÅÄÖ–\u2212") Assert.True(typeface.ContainsGlyph(c), $"DejaVu Sans lacks {c}");
    }
}
