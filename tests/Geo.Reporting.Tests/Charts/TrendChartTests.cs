using System.Globalization;
using System.Xml.Linq;
using Geo.Analysis.SpaceTime;
using Geo.Reporting.Charts;

namespace Geo.Reporting.Tests.Charts;

public sealed class TrendChartTests
{
    private static readonly List<DateOnly> Months = Enumerable.Range(0, 24).Select(i => new DateOnly(2024, 1, 1).AddMonths(i)).ToList();

    // A planted rise (20 → 43 a month) and fall (40 → 17), with a fixed wobble.
    private static readonly int[] Rising = Enumerable.Range(0, 24).Select(i => 20 + i + (i % 3 == 0 ? 3 : -1)).ToArray();
    private static readonly int[] Falling = Enumerable.Range(0, 24).Select(i => 40 - i + (i % 4 == 0 ? -2 : 1)).ToArray();

    /// <summary>The trend lines: paths of the trend width drawn in a series colour (the legend's sample line is grey).</summary>
    private static List<XElement> TrendLines(XElement svg, string colour) =>
        svg.All("path").Where(p => p.Attr("stroke-width") == "2.5" && p.Attr("stroke").Equals(colour, StringComparison.OrdinalIgnoreCase)).ToList();

    private static double[] Ys(XElement path) =>
        path.Attr("d").Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries).Select(p => double.Parse(p.Trim().Split(' ')[1], CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void Draws_one_trend_line_per_series_rising_and_falling_as_planted()
    {
        var svg = ChartXml.Parse(TrendChart.Svg(Months, [new TrendSeries("Våld och rån", Rising), new TrendSeries("Skadegörelse", Falling)]));
        var up = Assert.Single(TrendLines(svg, ChartPalette.Series[0]));
        var down = Assert.Single(TrendLines(svg, ChartPalette.Series[1]));
        // SVG's y grows downwards: the rising series' line ends higher on the page than it starts.
        var (u, d) = (Ys(up), Ys(down));
        Assert.Equal(24, u.Length);
        Assert.True(u[^1] < u[0] - 50, $"rising line from y {u[0]} to {u[^1]}");
        Assert.True(d[^1] > d[0] + 50, $"falling line from y {d[0]} to {d[^1]}");
        Assert.Contains("Våld och rån", svg.Texts());
        Assert.Contains("Skadegörelse", svg.Texts());
    }

    [Fact]
    public void Draws_the_stored_fit_when_given_instead_of_refitting()
    {
        // A flat stored fit (slope 0 at log 30) over rising counts: the drawn line is horizontal.
        var flat = new PoissonTrendResult(0, Math.Log(30), 0.01, -0.0196, 0.0196, 0, 1, 0.95);
        var svg = ChartXml.Parse(TrendChart.Svg(Months, [new TrendSeries("Våld", Rising, flat)]));
        var ys = Ys(Assert.Single(TrendLines(svg, ChartPalette.Series[0])));
        Assert.All(ys, y => Assert.Equal(ys[0], y, 3));
    }

    [Fact]
    public void Draws_no_trend_line_for_a_series_without_incidents()
    {
        var svg = ChartXml.Parse(TrendChart.Svg(Months, [new TrendSeries("Våld", Rising), new TrendSeries("Rån", new int[24])]));
        Assert.Single(TrendLines(svg, ChartPalette.Series[0]));
        Assert.Empty(TrendLines(svg, ChartPalette.Series[1]));
    }

    [Fact]
    public void Labels_axes_and_months_in_the_language_asked()
    {
        var sv = ChartXml.Parse(TrendChart.Svg(Months, [new TrendSeries("Våld", Rising)])).Texts();
        Assert.Contains("Händelser per månad", sv);
        Assert.Contains("Månad", sv);
        Assert.Contains("okt", sv);
        // January's tick says its year on a second line: "jan", then "2025".
        Assert.Contains(Enumerable.Range(0, sv.Count - 1), i => sv[i] == "jan" && sv[i + 1] == "2025");
        Assert.Contains("anpassad trend med 95 % konfidensintervall", sv);

        var en = ChartXml.Parse(TrendChart.Svg(Months, [new TrendSeries("Violence", Rising)], "en")).Texts();
        Assert.Contains("Incidents per month", en);
        Assert.Contains("Oct", en);
        Assert.DoesNotContain("okt", en);
        Assert.DoesNotContain("Månad", en);
        Assert.Contains("fitted trend with 95% confidence interval", en);
    }

    [Fact]
    public void Uses_DejaVu_Sans_with_a_generic_fallback_everywhere()
    {
        var svg = ChartXml.Parse(TrendChart.Svg(Months, [new TrendSeries("Våld", Rising)]));
        var families = svg.DescendantsAndSelf().Select(e => e.Attribute("font-family")?.Value).OfType<string>().Distinct().ToList();
        Assert.Equal(["'DejaVu Sans', sans-serif"], families);
    }

    [Fact]
    public void Two_charts_inlined_in_one_page_share_no_id()
    {
        var a = ChartXml.Parse(TrendChart.Svg(Months, [new TrendSeries("Våld", Rising)]));
        var b = ChartXml.Parse(TrendChart.Svg(Months, [new TrendSeries("Rån", Falling)]));
        var ids = (XElement s) => s.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet();
        Assert.NotEmpty(ids(a));
        Assert.Empty(ids(a).Intersect(ids(b)));
        // Every reference points at an id of its own chart.
        foreach (var svg in new[] { a, b })
            foreach (var reference in svg.Descendants().Attributes().Select(x => x.Value).Where(v => v.StartsWith("url(#", StringComparison.Ordinal)))
                Assert.Contains(reference[5..^1], ids(svg));
        // The same chart twice is the same text (deterministic ids).
        Assert.Equal(TrendChart.Svg(Months, [new TrendSeries("Våld", Rising)]), TrendChart.Svg(Months, [new TrendSeries("Våld", Rising)]));
    }

    [Fact]
    public void Rejects_series_that_do_not_match_the_months_and_unknown_languages()
    {
        Assert.Throws<ArgumentException>(() => TrendChart.Svg(Months, [new TrendSeries("Våld", new int[23])]));
        Assert.Throws<ArgumentException>(() => TrendChart.Svg(Months, []));
        Assert.Throws<ArgumentException>(() => TrendChart.Svg(Months, [new TrendSeries("Våld", Rising)], "de"));
    }

    /// <summary>
    /// The band against R 4: <c>y &lt;- c(12, 15, 9, 14, 18, 16, 21, 19, 17, 25, 22, 27); m &lt;- glm(y ~ I(0:11), family = poisson);
    /// p &lt;- predict(m, type = "link", se.fit = TRUE); exp(p$fit ± qnorm(0.975) * p$se.fit)</c>.
    /// </summary>
    [Fact]
    public void The_band_is_the_pointwise_interval_of_the_fitted_mean_as_R_predicts_it()
    {
        double[] y = [12, 15, 9, 14, 18, 16, 21, 19, 17, 25, 22, 27];
        var fit = PoissonTrend.Fit(y);
        Assert.Equal(0.0717167655220454, fit.Statistic, 9);
        var band = TrendBand.Of(fit, y.Length);
        double[] fitted = [11.7145534393764, 12.5855422925810, 13.5212900447341, 14.5266115852313, 15.6066797953469, 16.7670521652906, 18.0136993902698, 19.3530360926972, 20.7919538286262, 22.3378565482474, 23.9986986929091, 25.7830261246899];
        double[] lower = [8.82102727362567, 9.80558440535214, 10.88025122726522, 12.03947792312475, 13.26552550000582, 14.52130407205836, 15.74899429994310, 16.88965104775563, 17.91782433685085, 18.84898417262639, 19.71501226027400, 20.54429221512795];
        double[] upper = [15.5572313776102, 16.1536394212148, 16.8034065257315, 17.5275411023311, 18.3610105935405, 19.3601095961160, 20.6040690308827, 22.1757101402644, 24.1271114106538, 26.4725053934061, 29.2131463754430, 32.3576217270185];
        for (var t = 0; t < y.Length; t++)
        {
            Assert.Equal(fitted[t], band.Fitted[t], 1e-7);
            Assert.Equal(lower[t], band.Lower[t], 1e-7);
            Assert.Equal(upper[t], band.Upper[t], 1e-7);
        }
    }
}
