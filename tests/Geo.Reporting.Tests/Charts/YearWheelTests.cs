using System.Globalization;
using Geo.Reporting.Charts;

namespace Geo.Reporting.Tests.Charts;

public sealed class YearWheelTests
{
    // Planted summer peak: June–August far above a monthly mean of ~110 (limit m + 1.96√m ≈ 131).
    private static readonly int[] Summer = [80, 75, 90, 95, 110, 150, 200, 180, 100, 95, 60, 85];

    private static (double X, double Y) ArcStart(System.Xml.Linq.XElement sector)
    {
        var d = sector.Attr("d");
        var l = d[(d.IndexOf('L') + 1)..d.IndexOf('A')].Split(' ');
        return (double.Parse(l[0], CultureInfo.InvariantCulture), double.Parse(l[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Draws_12_sectors_January_at_the_top_and_the_months_clockwise()
    {
        var svg = ChartXml.Parse(YearWheel.Svg(Summer, size: 400));
        var sectors = svg.WithClass("path", "sector").ToList();
        Assert.Equal(12, sectors.Count);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => m.ToString(CultureInfo.InvariantCulture)), sectors.Select(s => s.Attr("data-month")));
        // January starts straight above the centre (200, 200); February starts to its right, July below, October to the left.
        var jan = ArcStart(sectors[0]);
        Assert.Equal(200, jan.X, 1);
        Assert.True(jan.Y < 200);
        Assert.True(ArcStart(sectors[1]).X > 200 && ArcStart(sectors[1]).Y < 200);
        Assert.True(ArcStart(sectors[6]).Y > 200);
        Assert.True(ArcStart(sectors[9]).X < 200);
        // Area ∝ count: July's radius over January's is √(200/80).
        double Radius((double X, double Y) p) => Math.Sqrt((p.X - 200) * (p.X - 200) + (p.Y - 200) * (p.Y - 200));
        Assert.Equal(Math.Sqrt(200.0 / 80), Radius(ArcStart(sectors[6])) / Radius(jan), 3);
    }

    [Fact]
    public void Highlights_the_planted_peak_months()
    {
        Assert.Equal([6, 7, 8], YearWheel.PeakMonths(Summer));
        Assert.Empty(YearWheel.PeakMonths([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]));
        Assert.Empty(YearWheel.PeakMonths(new int[12]));
        var svg = ChartXml.Parse(YearWheel.Svg(Summer));
        Assert.Equal(["6", "7", "8"], svg.WithClass("path", "peak").Select(s => s.Attr("data-month")));
        Assert.All(svg.WithClass("path", "peak"), s => Assert.Equal(ChartPalette.Accent, s.Attr("fill")));
        // Given peaks replace the rule.
        Assert.Equal(["12"], ChartXml.Parse(YearWheel.Svg(Summer, peakMonths: [12])).WithClass("path", "peak").Select(s => s.Attr("data-month")));
    }

    [Fact]
    public void Names_the_months_in_the_language_asked()
    {
        var sv = ChartXml.Parse(YearWheel.Svg(Summer)).Texts();
        foreach (var m in new[] { "jan", "maj", "okt", "dec" }) Assert.Contains(m, sv);
        Assert.Contains("toppmånad (signifikant fler än månadsmedel)", sv);
        var en = ChartXml.Parse(YearWheel.Svg(Summer, "en")).Texts();
        foreach (var m in new[] { "Jan", "May", "Oct", "Dec" }) Assert.Contains(m, en);
        Assert.DoesNotContain("okt", en);
        Assert.Contains("juli: 200", ChartXml.Parse(YearWheel.Svg(Summer)).All("title").Select(t => t.Value));
    }

    [Fact]
    public void Suppresses_small_months()
    {
        int[] counts = [80, 75, 90, 95, 110, 150, 200, 180, 100, 95, 3, 85];
        var markup = YearWheel.Svg(counts, suppressBelow: 5);
        var svg = ChartXml.Parse(markup);
        var november = svg.WithClass("path", "sector").Single(s => s.Attr("data-month") == "11");
        Assert.Contains("suppressed", november.Attr("class"));
        Assert.Contains("<5", svg.Texts());
        Assert.DoesNotContain("3", svg.Texts());
        Assert.DoesNotContain("november: 3", markup);
        Assert.Contains("november: <5", svg.All("title").Select(t => t.Value));
    }
}
